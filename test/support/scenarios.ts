import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parleyClient } from '../../scripts/cli/parley-client';
import { Scenario, StepResult, lastPosition, runScenario } from '../../scripts/cli/scenario-runner';
import { ParleyUnderTest, WRITER_KEY } from './parley-under-test';

export const readScenario = async (name: string): Promise<Scenario> =>
  JSON.parse(await readFile(join(__dirname, `../../scenarios/${name}.json`), 'utf8'));

/**
 * Posts scenario files in order through HTTP, as `npm run scenario` does: each file's answers, and the
 * last position written, for read-your-writes.
 */
export async function postScenarios(parley: ParleyUnderTest, names: readonly string[]): Promise<{ answered: Map<string, StepResult[]>; position: number }> {
  await parley.app.listen({ port: 0, host: '127.0.0.1' });
  const client = parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY });
  const answered = new Map<string, StepResult[]>();
  let position = 0;
  for (const name of names) {
    const results = await runScenario(client, await readScenario(name));
    answered.set(name, results);
    position = Math.max(position, lastPosition(results));
  }
  return { answered, position };
}
