/** npm run import:gdelt -- FILE [--actors RUS,UKR] [--url URL] [--key KEY]: posts a GDELT 2.0 event export, in batches. */
import { readFile } from 'node:fs/promises';
import { cliOptions, runCli } from './cli/options';
import { parseGdeltExport } from './cli/gdelt';
import { importGdelt } from './cli/gdelt-import';
import { parleyClient } from './cli/parley-client';
import { progressBar } from './cli/progress';

runCli(async () => {
  const usage = 'npm run import:gdelt -- FILE [--actors RUS,UKR] [--url URL] [--key KEY]';
  const options = cliOptions(process.argv.slice(2), usage, { actors: { type: 'string' } });
  const actors = options.own.actors?.split(',').map((a) => a.trim().toUpperCase()) ?? [];
  const parsed = parseGdeltExport(await readFile(options.file, 'utf8'), actors);
  // The bar counts the rows to post, which it reaches; filtered and malformed rows are known before.
  const bar = progressBar(parsed.rows.length, 'rows');
  const report = await importGdelt(parleyClient(options), parsed, () => bar.advance(1));
  bar.stop();
  for (const { line, reason } of report.bad) console.error(`line ${line}: ${reason}`);
  console.log(
    `${report.posted} developments posted, ${report.sourcesAttached} sources attached, ${report.alreadyRecorded} already recorded, ` +
      `${report.filtered} rows left out (other actors, or no Actor1CountryCode), ${report.bad.length} bad rows skipped`,
  );
  return 0;
});
