/**
 * npm run export -- LIST [--from …] [--to …] [any filter of the list] [--format csv] [--out FILE] [--url URL]:
 * one list as CSV, every page of it, to stdout or FILE; the progress bar goes to stderr.
 */
import { Presets, SingleBar } from 'cli-progress';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { cliOptions, runCli } from './cli/options';
import { EXPORT_NAMES, exportCsv, listUrl } from './cli/csv-export';

/** The lists' filters and route parameters, named as in the API. */
const FIELDS = ['from', 'to', 'since', 'kind', 'actor', 'target', 'trackId', 'dyad', 'interval', 'type', 'stream', 'after', 'limit', 'asOf', 'knownAt'];

runCli(async () => {
  const usage = `npm run export -- {${EXPORT_NAMES.join('|')}} [--from …] [--to …] [filters] [--format csv] [--out FILE] [--url URL]`;
  const own = Object.fromEntries([...FIELDS, 'format', 'out'].map((name) => [name, { type: 'string' as const }]));
  const { url, file: list, own: values } = cliOptions(process.argv.slice(2), usage, own);
  const { format = 'csv', out, ...filters } = values;
  if (format !== 'csv') throw new Error(`--format ${format}: only csv is exported; the JSON is the API's own answer`);
  const output: Writable = out ? createWriteStream(out) : process.stdout;
  const bar = new SingleBar({ format: '{bar} {rows} rows, {pages} pages' }, Presets.shades_classic);
  // Pages are known one ahead: the bar fills as the last page is reached.
  bar.start(1, 0, { rows: 0, pages: 0 });
  const done = await exportCsv(listUrl(url, list, filters), output, ({ rows, pages, more }) => {
    bar.setTotal(pages + (more ? 1 : 0));
    bar.update(pages, { rows, pages });
  });
  bar.stop();
  if (out) {
    output.end();
    await once(output, 'finish');
  }
  process.stderr.write(`${done.rows} ${list} rows in ${done.pages} pages${out ? ` written to ${out}` : ''}\n`);
  return 0;
});
