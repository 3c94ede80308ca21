import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ShellExample, factsShown, shellExamples } from './support/shell-examples';
import { ADMIN_KEY, ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

/**
 * Every `sh` example of docs/api-tour.md, then of the README, run as a reader runs them: top to bottom in
 * one shell against a Parley just started (each page a Parley of its own), and checked as far as the page
 * shows it. Each command exits 0; its HTTP answers are under 400, or the problem's status the page shows;
 * every `"key":value` the answer shown gives in full is in the answer. Commands aimed at 127.0.0.1:3000 go
 * to the Parley under test (the command-line tools through PARLEY_URL), and the local key file is this
 * Parley's writer key. Before each command the read models catch up with the log, as they do in the
 * moment a reader takes to type the next one.
 */
const ROOT = join(__dirname, '..');
const SHOWN_URL = 'http://127.0.0.1:3000';

describe.each(['docs/api-tour.md', 'README.md'])('the examples of %s', (page) => {
  let parley: ParleyUnderTest;
  let baseUrl: string;

  // The page's tools build and start as a reader's would (the replay CLI compiles itself when its sources changed).
  jest.setTimeout(20 * 60_000);

  beforeAll(async () => {
    parley = await startParley({ PARLEY_COMPONENTS: 'api,relay,projector' });
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = (await parley.app.getUrl()).replace('localhost', '127.0.0.1');
  });
  afterAll(() => parley.stop());

  it('run top to bottom and answer as shown', async () => {
    const examples = shellExamples(page, readFileSync(join(ROOT, page), 'utf8'));
    expect(examples.length).toBeGreaterThan(0);
    const files = filesWritten(examples);
    const run = await shell(script(examples, baseUrl), { ...process.env, ...parley.resources.env, PARLEY_URL: baseUrl, TOUR_ADMIN_KEY: ADMIN_KEY });
    for (const file of files) rmSync(join(ROOT, file), { force: true });
    const out = byExample(run.stdout);
    const err = byExample(run.stderr);
    const wrong = examples.flatMap((example, i) => mismatches(example, out[i] ?? '', err[i] ?? ''));
    expect(wrong).toEqual([]);
  });
});

/** Runs a script in bash from the repository's root; asynchronously, since the Parley it talks to runs in this process. */
function shell(text: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', text], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

/** The shell script: a marker before each example, its exit status after, and a wait for the read models. */
function script(examples: ShellExample[], baseUrl: string): string {
  const prelude = `
set -o pipefail
# Each answer's status goes to stderr; a live feed is read for 3 s, and its timeout is how it ends.
curl() {
  local live=0; for a in "$@"; do [ "$a" = -sN ] && live=1; done
  if [ $live = 1 ]; then command curl --max-time 3 -w '%{stderr}@@status %{http_code}\\n' "$@"; local rc=$?; [ $rc = 28 ] || [ $rc = 0 ]; return; fi
  command curl --max-time 60 -w '%{stderr}@@status %{http_code}\\n' "$@"
}
# The read models have applied the whole log and no rebuild runs (read with bash alone: it runs before every command).
caught_up() {
  local s
  for _ in $(seq 1 600); do
    s=$(command curl -s -H "X-API-Key: $TOUR_ADMIN_KEY" '${baseUrl}/api/v1/admin/projections')
    [[ $s == *'"projections":[{'* && $s != *'"state":"rebuilding"'* && ! $s =~ \"lag\":\{\"events\":[1-9] ]] && return 0
    sleep 0.1
  done
}
`;
  const steps = examples.map(
    // Answers seldom end with a newline: each marker starts on a line of its own.
    ({ command }, i) => `caught_up\nprintf '\\n@@example ${i}\\n'; printf '\\n@@example ${i}\\n' >&2\n${asRun(command, baseUrl)}\nprintf '\\n@@exit %s\\n' $? >&2`,
  );
  return prelude + steps.join('\n');
}

/** A command as the test runs it: against this Parley, with this Parley's writer key. */
function asRun(command: string, baseUrl: string): string {
  return command.split(SHOWN_URL).join(baseUrl).split('$(cat var/local-api-key)').join(`'${WRITER_KEY}'`);
}

/** Files the examples write with --out, removed afterwards (and never one that existed before). */
function filesWritten(examples: ShellExample[]): string[] {
  const files = examples.flatMap(({ command }) => [...command.matchAll(/--out (\S+)/g)].map((m) => m[1]));
  const existing = files.filter((file) => existsSync(join(ROOT, file)));
  if (existing.length > 0) throw new Error(`the examples would overwrite ${existing.join(', ')}`);
  return files;
}

/** Each example's output, by its index, from the markers the script wrote. */
function byExample(output: string): string[] {
  const parts = output.split(/\n@@example (\d+)\n/);
  const outputs: string[] = [];
  for (let i = 1; i < parts.length; i += 2) outputs[Number(parts[i])] = parts[i + 1];
  return outputs;
}

/** What an example's run contradicts of the page, as lines naming the page's line. */
function mismatches(example: ShellExample, out: string, err: string): string[] {
  const where = `${example.page}:${example.line} ${example.command.split('\n')[0].slice(0, 80)}`;
  const exit = /^@@exit (\d+)$/m.exec(err)?.[1];
  if (exit !== '0') return [`${where}: exited ${exit ?? '(never ran)'}: ${err.replace(/^@@.*\n/gm, '').slice(0, 500)}`];
  const statuses = [...err.matchAll(/^@@status (\d+)$/gm)].map((m) => Number(m[1]));
  const shownStatus = /"status":(\d{3})\b/.exec(example.shown)?.[1];
  const wrongStatus = shownStatus
    ? statuses.includes(Number(shownStatus)) ? [] : [`${where}: answered ${statuses.join(', ')}, shown ${shownStatus}`]
    : statuses.filter((s) => s >= 400 || s < 100).map((s) => `${where}: answered ${s}: ${out.slice(0, 500)}`);
  const missing = factsShown(example.shown).filter((fact) => !out.includes(fact)).map((fact) => `${where}: shows ${fact}, answered ${out.slice(0, 800)}`);
  return [...wrongStatus, ...missing];
}
