import { parseArgs } from 'node:util';
import { ClientOptions } from './parley-client';

/**
 * `--url` (default $PARLEY_URL, else http://127.0.0.1:3000), `--key` (default $PARLEY_API_KEY), the tool's own
 * options, then the file. PARLEY_URL lets a shell that runs several tools against one Parley name it once, as the
 * API tour's test does.
 */
export function cliOptions(
  argv: string[],
  usage: string,
  own: Record<string, { type: 'string' }> = {},
): ClientOptions & { file: string; own: Record<string, string | undefined> } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string', default: process.env.PARLEY_URL || 'http://127.0.0.1:3000' }, key: { type: 'string' }, ...own },
  });
  const [file] = positionals;
  if (!file) throw new Error(`usage: ${usage}`);
  const { url, key, ...rest } = values as Record<string, string | undefined>;
  return { url: url as string, key: key ?? process.env.PARLEY_API_KEY, file, own: rest };
}

/** Runs a CLI's main, printing a failure as one line on stderr with a non-zero exit. */
export const runCli = (main: () => Promise<number>): void => {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
};
