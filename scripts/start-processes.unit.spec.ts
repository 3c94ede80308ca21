import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SUPERVISOR = resolve(__dirname, 'start-processes.cjs');
const HEAP_FLAGS = resolve(__dirname, 'heap-flags.cjs');

/**
 * A child that says it is up, drains on SIGTERM or when its supervisor is gone, and, if given a code,
 * exits on its own with it when sent SIGUSR2: only once every child is up, since one still starting
 * has no SIGTERM handler yet and would die of the signal instead of draining. Its handlers are in place
 * before it says so, or a test that signals it on that line races them.
 */
const child = (name: string, exitCode?: number) => ({
  name,
  command: process.execPath,
  args: [
    '-e',
    `const bye = (why) => { console.log('${name} drained: ' + why); process.exit(0); };
     process.on('SIGTERM', () => bye('SIGTERM'));
     process.on('disconnect', () => bye('supervisor gone'));
     setInterval(() => undefined, 1000);
     ${exitCode === undefined ? '' : `process.on('SIGUSR2', () => process.exit(${exitCode}));`}
     console.log('${name} up ' + process.pid);`,
  ],
  env: {},
});

/** The supervisor in a process of its own, as npm start runs it, with its combined log. */
function supervisor(children: ReturnType<typeof child>[]): { process: ChildProcess; log: () => string; exited: Promise<[number | null, string | null]> } {
  const run = `require(${JSON.stringify(SUPERVISOR)}).supervise(${JSON.stringify(children)}).then((code) => process.exit(code))`;
  const proc = spawn(process.execPath, ['-e', run], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout!.on('data', (chunk) => (log += chunk));
  proc.stderr!.on('data', (chunk) => (log += chunk));
  // Once its output has closed too: every process that shared it (its children) has then exited.
  return { process: proc, log: () => log, exited: once(proc, 'close') as Promise<[number | null, string | null]> };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pids = (log: string) => [...log.matchAll(/ up (\d+)/g)].map((m) => Number(m[1]));

describe('npm start supervising the api, relay and projector processes', () => {
  it('drains every child once on SIGTERM and exits 0, all in one log', async () => {
    const run = supervisor([child('api'), child('relay'), child('projector')]);
    await until(() => pids(run.log()).length === 3);
    run.process.kill('SIGTERM');
    expect(await run.exited).toEqual([0, null]);
    for (const name of ['api', 'relay', 'projector']) expect(run.log()).toContain(`${name} drained: SIGTERM`);
    expect(pids(run.log()).filter(alive)).toEqual([]);
  });

  it('stops the others and exits non-zero when one child exits on its own', async () => {
    const run = supervisor([child('api'), child('relay', 3), child('projector')]);
    await until(() => pids(run.log()).length === 3);
    process.kill(Number(/relay up (\d+)/.exec(run.log())![1]), 'SIGUSR2');
    expect(await run.exited).toEqual([1, null]);
    expect(run.log()).toContain('the relay process exited (code 3); stopping the others');
    expect(run.log()).toContain('api drained: SIGTERM');
    expect(run.log()).toContain('projector drained: SIGTERM');
  });

  it('leaves no orphan when the supervisor itself is killed', async () => {
    const run = supervisor([child('api'), child('projector')]);
    await until(() => pids(run.log()).length === 2);
    run.process.kill('SIGKILL');
    await run.exited;
    // Orphans would be reparented and go on; these drain (a reaped pid is not checked: in a container
    // the adopting process may never reap it).
    await until(() => ['api', 'projector'].every((name) => run.log().includes(`${name} drained: supervisor gone`)));
  });
});

describe('the heap settings of every Parley process', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parleyChildren } = require(SUPERVISOR) as { parleyChildren: (env: object) => { name: string; args: string[] }[] };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { heapFlags } = require(HEAP_FLAGS) as { heapFlags: (components: string) => string[] };
  const commandOf = (components: string, main: string) => JSON.stringify(['node', ...heapFlags(components), main]).replace(/\s+/g, '');

  it('cap the old space of the relay, the projector and the replay command, never of the api, whose as-of engine holds the read models it folds', () => {
    expect(heapFlags('api')).not.toContainEqual(expect.stringMatching(/max-old-space-size/));
    expect(heapFlags('api,relay')).not.toContainEqual(expect.stringMatching(/max-old-space-size/));
    for (const role of ['relay', 'projector', 'replay']) expect(heapFlags(role)).toContainEqual(expect.stringMatching(/max-old-space-size/));
  });

  it('give the capped processes a floor under the old space limit, within half their cap, with flags this Node accepts', () => {
    const megabytes = (flags: string[], name: string) => Number(flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1]);
    for (const role of ['relay', 'projector', 'replay']) {
      const flags = heapFlags(role);
      const floor = megabytes(flags, 'initial-old-space-size');
      // V8 lowers a floor above half the cap to half of it: a larger one would promise what it does not give.
      expect(floor).toBeGreaterThan(0);
      expect(floor).toBeLessThanOrEqual(megabytes(flags, 'max-old-space-size') / 2);
      const run = spawnSync(process.execPath, [...flags, '-e', 'process.exit(0)'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(heapFlags('api')).not.toContainEqual(expect.stringMatching(/initial-old-space-size/));
  });

  it("bound the api's heap by what it holds, with a flag this Node accepts", () => {
    expect(heapFlags('api')).toContainEqual(expect.stringMatching(/^--heap-growing-percent=\d+$/));
    // A V8 flag Node did not know would stop every api at start: this fails first, naming it.
    const run = spawnSync(process.execPath, [...heapFlags('api'), '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('are given by npm start to the api, the relay and the projector', () => {
    for (const child of parleyChildren({})) expect(child.args.slice(0, heapFlags(child.name).length)).toEqual(heapFlags(child.name));
  });

  it('are given by npm run replay, from what heap-flags.cjs prints for it', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.replay).toContain('node $(node scripts/heap-flags.cjs replay) dist/apps/replay/main.js');
    const printed = spawnSync(process.execPath, [HEAP_FLAGS, 'replay'], { encoding: 'utf8' });
    expect(printed.status).toBe(0);
    expect(printed.stdout.trim().split(' ')).toEqual(heapFlags('replay'));
  });

  it('are the same in docker-compose.yml and the Dockerfile', () => {
    const compose = readFileSync(resolve(__dirname, '../docker/docker-compose.yml'), 'utf8').replace(/\s+/g, '');
    expect(compose).toContain(commandOf('api', 'dist/apps/api/main.js'));
    expect(compose).toContain(commandOf('relay', 'dist/apps/api/main.js'));
    expect(compose).toContain(commandOf('projector', 'dist/apps/projector/main.js'));
    expect(compose).toContain(`entrypoint:${commandOf('replay', 'dist/apps/replay/main.js')}`);
    const dockerfile = readFileSync(resolve(__dirname, '../docker/Dockerfile'), 'utf8').replace(/\s+/g, '');
    expect(dockerfile).toContain(`CMD${commandOf('api', 'dist/apps/api/main.js')}`);
  });
});
