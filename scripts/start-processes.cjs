// npm start's last step: the API, the relay and the projector, each in a process of its own (the API's
// event loop then does HTTP alone), as one command with one log. Plain JavaScript, so that the process
// that only watches the others loads no compiler.
'use strict';
const { spawn } = require('node:child_process');

/**
 * Runs the children with this process's stdout and stderr (one combined log) until one of them exits
 * or this process is asked to stop. Ctrl-C or SIGTERM: every child is sent SIGTERM once and drains
 * (requests, the relay's last pages, the projector's batch); the exit code is 0 if all of them drained.
 * A child that exits on its own stops the others the same way, and the exit code is 1: a Parley that
 * half runs (writes accepted that nothing publishes) is worse than one that stops and says why, and a
 * restart policy belongs to what runs Parley in production (docker compose, systemd), not here.
 * Each child has its own process group, so a terminal's Ctrl-C reaches it once, from here; and an IPC
 * channel, whose end tells it to drain should this process die without a word (SIGKILL): no orphans.
 */
function supervise(children, { log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  return new Promise((resolve) => {
    let stopping = false;
    let crashed = false;
    const running = new Map();
    const stopAll = () => {
      if (stopping) return;
      stopping = true;
      for (const child of running.values()) child.kill('SIGTERM');
    };
    for (const { name, command, args, env } of children) {
      const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
      running.set(name, child);
      child.on('exit', (code, signal) => {
        running.delete(name);
        if (!stopping) {
          crashed = true;
          log(`parley: the ${name} process exited (${signal ?? `code ${code}`}); stopping the others`);
          stopAll();
        } else if (code !== 0) {
          crashed = true;
          log(`parley: the ${name} process did not drain cleanly (${signal ?? `code ${code}`})`);
        }
        if (running.size === 0) {
          process.off('SIGINT', stopAll).off('SIGTERM', stopAll);
          resolve(crashed ? 1 : 0);
        }
      });
    }
    process.on('SIGINT', stopAll).on('SIGTERM', stopAll);
  });
}

/**
 * V8's heap for a Parley process (docker/docker-compose.yml, docker/Dockerfile and the benchmark's stack
 * pass the same). A young generation of twice the default (semi-spaces of 32 MB) lets the short-lived
 * garbage of a request or a batch die there: fewer scavenges, fewer objects promoted for the old space's
 * collector to find. The relay and the projector hold a page or a batch at a time, so their old space is
 * capped at 224 MB: left to itself V8 grows it towards a limit set by the machine's memory and collects
 * late. The api is not capped: its as-of engine holds every read model it has folded (a read model with
 * a document per statement is about 530 MB over 300,000 statements, bench/README.md), and a cap below
 * that ends the process at its first question about the past. Its heap is instead let grow to twice what
 * it held after its last full collection: left to itself, V8 chose four times on a busy api (about 52 MB
 * held, collected at 212 MB), so its memory followed its garbage, not its data (bench/README.md point 32).
 *
 * The relay and the projector also get a floor under their old space's limit (OLD_SPACE_FLOOR). V8 counts
 * the memory of the Buffers allocated since its last full collection, and not yet freed, against that
 * limit: a relay holding 45 MB was given a limit of about 90 MB, the Buffers kafkajs and pg make for
 * every request filled the rest, and it ran a full collection every 0.6 s at 500 commands/s, some 40 %
 * of its CPU (bench/README.md point 43). V8 lowers a floor above half the cap to half of it.
 */
const SEMI_SPACE = '--max-semi-space-size=32';
const HEAP_GROWS_TWOFOLD = '--heap-growing-percent=100';
const OLD_SPACE_CAP = '--max-old-space-size=224';
const OLD_SPACE_FLOOR = '--initial-old-space-size=112';
const heapFlags = (components) =>
  components.split(',').map((c) => c.trim()).includes('api') ? [SEMI_SPACE, HEAP_GROWS_TWOFOLD] : [OLD_SPACE_CAP, OLD_SPACE_FLOOR, SEMI_SPACE];

/** The processes for PARLEY_COMPONENTS (all three by default); the relay runs the API's build without its routes. */
function parleyChildren(env) {
  const wanted = (env.PARLEY_COMPONENTS || 'api,relay,projector').split(',').map((c) => c.trim());
  const metricsPort = Number(env.METRICS_PORT || 9464);
  const all = [
    { name: 'api', command: process.execPath, args: [...heapFlags('api'), 'dist/apps/api/main.js'], env: { PARLEY_COMPONENTS: 'api' } },
    // Its /metrics and /health/live next to the projector's; METRICS_PORT=0 lets the system choose both.
    { name: 'relay', command: process.execPath, args: [...heapFlags('relay'), 'dist/apps/api/main.js'], env: { PARLEY_COMPONENTS: 'relay', PORT: String(metricsPort && metricsPort + 1) } },
    { name: 'projector', command: process.execPath, args: [...heapFlags('projector'), 'dist/apps/projector/main.js'], env: { PARLEY_COMPONENTS: 'projector' } },
  ];
  return all.filter((child) => wanted.includes(child.name));
}

module.exports = { supervise, parleyChildren, heapFlags };

if (require.main === module) supervise(parleyChildren(process.env)).then((code) => process.exit(code));
