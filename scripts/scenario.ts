/** npm run scenario -- FILE [--url URL] [--key KEY]: posts a scenario through the REST API (its developments in batches), then prints its track. */
import { readFile } from 'node:fs/promises';
import { cliOptions, runCli } from './cli/options';
import { parleyClient } from './cli/parley-client';
import { progressBar } from './cli/progress';
import { Scenario, lastPosition, runScenario, tally } from './cli/scenario-runner';

runCli(async () => {
  const options = cliOptions(process.argv.slice(2), 'npm run scenario -- scenarios/istanbul-2025.json [--url URL] [--key KEY]');
  const scenario = JSON.parse(await readFile(options.file, 'utf8')) as Scenario;
  const client = parleyClient(options);
  const bar = progressBar(scenario.steps.length, 'steps');
  const results = await runScenario(client, scenario, () => bar.advance(1));
  bar.stop();
  const { accepted, alreadyRecorded, refused } = tally(results);
  for (const r of refused) console.error(`step ${r.index + 1} (${scenario.steps[r.index].post}): ${r.status} ${JSON.stringify(r.body)}`);
  console.log(`${accepted} of ${results.length} steps accepted, ${alreadyRecorded} already recorded`);
  if (scenario.track) {
    const status = await client.get(`/api/v1/negotiations/${scenario.track}?minPosition=${lastPosition(results)}`);
    console.log(JSON.stringify(status.body, null, 2));
  }
  return refused.length === 0 ? 0 : 1;
});
