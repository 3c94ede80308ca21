import { RecordedEvent } from '@parley/domain';
import { PgEventStore } from '@parley/event-store';
import { GenerationTarget, ProjectionWriter } from '@parley/read-model-store';
import { InMemoryDocuments, PROJECTIONS, Projection } from '@parley/read-models';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { appendRounds } from '../../../../test/support/history';
import { foldedIndex, liveIndex, liveReadModels } from '../../../../test/support/read-model-dump';
import { WriterDatabase, writerDatabase } from '../../../../test/support/writer-database';
import { Generations } from './generations';
import { GreenFold } from './green-fold';

/**
 * Pages of an odd size, so rounds of talks straddle them: a track's status and a round's development
 * written by one page are amended by the next while its write may still be under way. Each page
 * brings more than a hundred new documents, which go in by COPY before the page's turn to write.
 */
const PAGE = 151;

describe('a rebuild writing its pages in overlapping transactions', () => {
  let db: WriterDatabase;
  let client: Client;
  let log: RecordedEvent[];
  let generations: Generations;

  beforeAll(async () => {
    db = await writerDatabase();
    client = new Client({ connectionString: db.resources.databaseUrl });
    await client.connect();
    const store = new PgEventStore(db.dataSource);
    await appendRounds(store, 0, 200);
    log = await store.readAll({ after: 0, limit: 1_000_000 });
    generations = new Generations(db.dataSource, store, db.writer);
  });
  afterAll(async () => {
    await client.end();
    await db.stop();
  });

  const pagesOf = (events: readonly RecordedEvent[]) =>
    Array.from({ length: Math.ceil(events.length / PAGE) }, (_, i) => events.slice(i * PAGE, (i + 1) * PAGE));

  const openGreen = (projections: readonly Projection[]) => generations.openGreen(projections);

  /** Folds and writes every page as a rebuild does; answers the last position of each page committed, in order. */
  async function rebuild(green: GenerationTarget, pages: readonly (readonly RecordedEvent[])[]): Promise<number[]> {
    const committed: number[] = [];
    await new GreenFold(db.dataSource, db.writer, green).applyPages(pages, async (last) => void committed.push(last));
    return committed;
  }

  const appliedThrough = async (generation: number) =>
    Number((await db.dataSource.query(`SELECT applied_through FROM read_model_generations WHERE generation = $1`, [generation]))[0].applied_through);

  it('given pages whose writes overlap: the generation equals the log folded in memory, and its mark reaches the last event', async () => {
    const green = await openGreen(PROJECTIONS);
    const pages = pagesOf(log);
    expect(pages.length).toBeGreaterThan(5);

    const committed = await rebuild(green, pages);

    expect(committed).toEqual(pages.map((page) => page[page.length - 1].position));
    expect(await appliedThrough(green.generation)).toBe(log[log.length - 1].position);
    await db.dataSource.query(`UPDATE projections SET generation = $1`, [green.generation]);
    const folded = InMemoryDocuments.fold(PROJECTIONS, log);
    expect(await liveReadModels(client)).toEqual(JSON.parse(JSON.stringify(folded)));
    expect(await liveIndex(client)).toEqual(await foldedIndex(folded));
  });

  it('given a document removed by a page held up before its removal, and written anew by the next: the generation equals the log folded', async () => {
    const pageOf = (position: number) => Math.floor((position - 1) / PAGE);
    // Written by every page, and removed by the last event of every odd one.
    const comingAndGoing: Projection = {
      name: 'coming-and-going',
      version: 1,
      filterable: [],
      documentIds: (event) => [String(event.position), 'x'],
      evolve: (doc, event, id) =>
        id === 'x' && pageOf(event.position) % 2 === 1 && event.position % PAGE === 0 ? null : { events: ((doc as { events?: number } | null)?.events ?? 0) + 1 },
    };
    await db.writer.register([comingAndGoing]);
    const green = await openGreen([comingAndGoing]);

    // A page that removes the document is held up before it may send its removal, as a page's turn
    // would be by a slow commit of the page before it, while the next page is folded and sent.
    const writer = Object.create(db.writer) as ProjectionWriter;
    writer.write = (runner, generation, batch, turn) => {
      const removes = batch.changes.some((c) => c.id === 'x' && c.after === null);
      const held = turn && removes ? { ...turn, mayWrite: () => turn.mayWrite().then(() => sleep(200)) } : turn;
      return db.writer.write(runner, generation, batch, held);
    };
    await new GreenFold(db.dataSource, writer, green).applyPages(pagesOf(log), async () => undefined);

    const rows: { id: string; doc: unknown }[] = await db.dataSource.query(
      `SELECT id, doc FROM read_model_documents WHERE generation = $1 AND projection = $2`,
      [green.generation, comingAndGoing.name],
    );
    const folded = InMemoryDocuments.fold([comingAndGoing], log).toJSON()[comingAndGoing.name];
    expect(Object.fromEntries(rows.map((r) => [r.id, r.doc]))).toEqual(folded);
  });

  it('given a page PostgreSQL refuses: the fold stops, no page after it commits, and the mark stays below it', async () => {
    // A document PostgreSQL cannot store as jsonb (a NUL character), made from the fourth page's first event.
    const refused = pagesOf(log)[3][0].position;
    const refusing: Projection = {
      name: 'refusing',
      version: 1,
      filterable: [],
      documentIds: (event) => [event.streamId],
      evolve: (_doc, event) => ({ position: event.position, text: event.position === refused ? 'nul \u0000' : 'fine' }),
    };
    await db.writer.register([refusing]);
    const green = await openGreen([refusing]);

    const written = rebuild(green, pagesOf(log));

    await expect(written).rejects.toThrow(/Unicode escape sequence/);
    expect(await appliedThrough(green.generation)).toBeLessThan(refused);
    const [{ highest }] = await db.dataSource.query(
      `SELECT max((doc->>'position')::bigint) AS highest FROM read_model_documents WHERE generation = $1`,
      [green.generation],
    );
    expect(Number(highest)).toBeLessThan(refused);
  });
});
