/** npm run import:gdelt -- FILE [--actors RUS,UKR] [--url URL] [--key KEY]: posts a GDELT 2.0 event export. */
import { Presets, SingleBar } from 'cli-progress';
import { readFile } from 'node:fs/promises';
import { cliOptions, runCli } from './cli/options';
import { importGdelt } from './cli/gdelt-import';
import { parleyClient } from './cli/parley-client';

runCli(async () => {
  const usage = 'npm run import:gdelt -- FILE [--actors RUS,UKR] [--url URL] [--key KEY]';
  const options = cliOptions(process.argv.slice(2), usage, { actors: { type: 'string' } });
  const actors = options.own.actors?.split(',').map((a) => a.trim().toUpperCase()) ?? [];
  const text = await readFile(options.file, 'utf8');
  const bar = new SingleBar({ format: '{bar} {value}/{total} rows' }, Presets.shades_classic);
  bar.start(text.split('\n').filter((l) => l.trim()).length, 0);
  const report = await importGdelt(parleyClient(options), text, actors, () => bar.increment());
  bar.stop();
  for (const { line, reason } of report.bad) console.error(`line ${line}: ${reason}`);
  console.log(
    `${report.posted} developments posted, ${report.sourcesAttached} sources attached, ${report.alreadyRecorded} already recorded, ${report.bad.length} rows skipped`,
  );
  return 0;
});
