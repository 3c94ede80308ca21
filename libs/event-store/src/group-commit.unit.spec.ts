import { GroupCommit } from './group-commit';

/** A group commit that records each batch it commits and answers each item with itself. */
const recording = (options?: { gatherTurn?: boolean }) => {
  const batches: string[][] = [];
  const group = new GroupCommit<string, string>(
    async (items) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items;
    },
    100,
    options,
  );
  return { group, batches };
};

/** Two items handed over as a Kafka fetch hands its partitions' batches to their handlers: a few promise steps apart, in one turn. */
const submitTogether = async (group: GroupCommit<string, string>) => {
  const first = group.submit('a');
  await Promise.resolve();
  await Promise.resolve();
  return Promise.all([first, group.submit('b')]);
};

describe('a group commit', () => {
  it('commits a lone submission at once, and what comes during that commit in the next batch', async () => {
    const { group, batches } = recording();
    expect(await submitTogether(group)).toEqual(['a', 'b']);
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('with gatherTurn, commits the items handed over in one turn of the event loop together', async () => {
    const { group, batches } = recording({ gatherTurn: true });
    expect(await submitTogether(group)).toEqual(['a', 'b']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('with gatherTurn, still commits an item submitted later in a batch of its own', async () => {
    const { group, batches } = recording({ gatherTurn: true });
    await group.submit('a');
    await group.submit('b');
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('answers each item of a failed batch with the failure', async () => {
    const group = new GroupCommit<string, string>(async () => Promise.reject(new Error('database away')), 100, { gatherTurn: true });
    const answers = await Promise.allSettled([group.submit('a'), group.submit('b')]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
  });
});
