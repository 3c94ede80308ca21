// npm start's last step: the API, the relay and the projector, each in a process of its own (the API's
// event loop then does HTTP alone), as one command with one log. Plain JavaScript, so that the process
// that only watches the others loads no compiler.
'use strict';
const { spawn } = require('node:child_process');
const { heapFlags } = require('./heap-flags.cjs');

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

module.exports = { supervise, parleyChildren };

if (require.main === module) supervise(parleyChildren(process.env)).then((code) => process.exit(code));
