// The V8 flags each kind of Parley process runs with. `node scripts/heap-flags.cjs replay` prints them
// for a shell (package.json's replay script). Plain JavaScript, so that no compiler is loaded to read them.
'use strict';

/**
 * V8's heap for a Parley process: npm start (start-processes.cjs), npm run replay, docker/docker-compose.yml,
 * docker/Dockerfile and the benchmark pass the same. A young generation of twice the default (semi-spaces
 * of 32 MB) lets the short-lived garbage of a request or a batch die there: fewer scavenges, fewer objects
 * promoted for the old space's collector to find. The relay, the projector and the replay command hold a
 * page or a batch at a time (a rebuild, a few pages of 5,000 events), so their old space is capped at
 * 224 MB: left to itself V8 grows it towards a limit set by the machine's memory and collects late (a
 * rebuild of 1,000,000 events peaked at 413 MB uncapped, 260 MB capped: bench/README.md point 48). The
 * api is not capped: its as-of engine holds every read model it has folded (a read model with a document
 * per statement is about 530 MB over 300,000 statements, bench/README.md), and a cap below that ends the
 * process at its first question about the past. Its heap is instead let grow to twice what it held after
 * its last full collection: left to itself, V8 chose four times on a busy api (about 52 MB held,
 * collected at 212 MB), so its memory followed its garbage, not its data (bench/README.md point 32).
 *
 * The capped processes also get a floor under their old space's limit (OLD_SPACE_FLOOR). V8 counts the
 * memory of the Buffers allocated since its last full collection, and not yet freed, against that limit:
 * a relay holding 45 MB was given a limit of about 90 MB, the Buffers kafkajs and pg make for every
 * request filled the rest, and it ran a full collection every 0.6 s at 500 commands/s, some 40 % of its
 * CPU (bench/README.md point 43). V8 lowers a floor above half the cap to half of it.
 */
const SEMI_SPACE = '--max-semi-space-size=32';
const HEAP_GROWS_TWOFOLD = '--heap-growing-percent=100';
const OLD_SPACE_CAP = '--max-old-space-size=224';
const OLD_SPACE_FLOOR = '--initial-old-space-size=112';

/** For a process running `components` (PARLEY_COMPONENTS, or the app: relay, projector, replay). */
const heapFlags = (components) =>
  components.split(',').map((c) => c.trim()).includes('api') ? [SEMI_SPACE, HEAP_GROWS_TWOFOLD] : [OLD_SPACE_CAP, OLD_SPACE_FLOOR, SEMI_SPACE];

module.exports = { heapFlags };

if (require.main === module) {
  const [components] = process.argv.slice(2);
  if (!components) {
    process.stderr.write('usage: node scripts/heap-flags.cjs <api|relay|projector|replay>\n');
    process.exit(2);
  }
  process.stdout.write(`${heapFlags(components).join(' ')}\n`);
}
