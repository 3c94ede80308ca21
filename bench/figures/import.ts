import { gdeltDevelopment } from '../lib/bodies';
import { load } from '../lib/load';
import { Figure, compared } from '../lib/report';
import { BenchStack, WRITER_KEY } from '../lib/stack';

/** Requests of the most a batch takes, two in flight: as `npm run import:gdelt` sends a large export. */
export const BATCH = 10_000;
const IN_FLIGHT = 2;

const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1_000));

/** What importing some batches came to: the last position an answer named, the lines refused, the ms until the last answer. */
export interface Imported {
  readonly last: number;
  readonly refused: number;
  readonly storedMs: number;
}

/** NDJSON bodies of `batches` requests of BATCH GDELT-like developments each. */
export const gdeltBatches = (batches: number): string[] =>
  Array.from({ length: batches }, () => Array.from({ length: BATCH }, () => JSON.stringify(gdeltDevelopment())).join('\n'));

/** Posts the bodies to POST /api/v1/developments/batch, IN_FLIGHT at a time. */
export async function importBatches(stack: BenchStack, bodies: readonly string[]): Promise<Imported> {
  let last = 0;
  let refused = 0;
  const post = async (body: string) => {
    const res = await fetch(`${stack.url}/api/v1/developments/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', 'x-api-key': WRITER_KEY },
      body,
    });
    const answer = (await res.json()) as { position: number | null; refused: number; lines?: { problem?: { detail?: string } }[] };
    if (res.status !== 201) throw new Error(`import: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
    last = Math.max(last, answer.position ?? 0);
    refused += answer.refused;
  };
  const start = performance.now();
  const queue = [...bodies];
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    for (let body = queue.shift(); body; body = queue.shift()) await post(body);
  }));
  return { last, refused, storedMs: performance.now() - start };
}

/**
 * Bulk import: GDELT-like developments posted as NDJSON to POST /api/v1/developments/batch, counted
 * from the first request until the last answer (stored) and until the read models have applied the last
 * position an answer named (stored and projected), the figure the issue asks for. Beside it, the slow
 * path it replaces in the same run: the same developments, one POST each at 64 connections.
 */
export async function measureImport(stack: BenchStack, developments: number, seconds: number): Promise<Figure> {
  const bodies = gdeltBatches(Math.ceil(developments / BATCH));
  const start = performance.now();
  const { last, refused, storedMs } = await importBatches(stack, bodies);
  while ((await stack.appliedThrough()) < last) await new Promise((r) => setTimeout(r, 50));
  const projectedMs = performance.now() - start;
  const count = bodies.length * BATCH;
  if (refused > 0) process.stderr.write(`import: ${refused} of ${count} developments refused\n`);
  process.stdout.write(`[bench] import: stored ${perSecond(count, storedMs)}/s, stored and projected ${perSecond(count, projectedMs)}/s\n`);
  // A single POST takes no idempotencyKey in its body; without one it is, if anything, the cheaper write.
  const oneByOne = await load({
    url: `${stack.url}/api/v1/developments`,
    method: 'POST',
    seconds,
    body: () => ({ ...gdeltDevelopment(), idempotencyKey: undefined }),
    headers: { 'x-api-key': WRITER_KEY },
  });
  return compared(perSecond(count, projectedMs), 'developments/s stored and projected', 'one POST per development', oneByOne.requestsPerSecond, {
    note: `stored alone ${perSecond(count, storedMs)}/s; ${count} developments in requests of ${BATCH}, ${IN_FLIGHT} in flight`,
  });
}
