import { PgDocumentReader } from '@parley/read-model-store';
import { DEVELOPMENTS, DevelopmentView, DocumentReader, dyadTension, tensionOverview, toTensionInput } from '@parley/read-models';
import { readTension } from '@parley/domain';
import { DataSource } from 'typeorm';
import { Figure, compared } from '../lib/report';

const ASOF = '2025-07-15T12:00:00.000Z';
const DYAD = 'RUS-UKR';

/** The formula over every standing development, read from the same read model: what a reading cost before the index. */
async function everyDevelopment(reader: DocumentReader, dyad?: string) {
  const docs = await reader.find<DevelopmentView>(DEVELOPMENTS, {
    where: [{ field: 'retracted', op: 'eq', value: false }, ...(dyad ? [{ field: 'dyads', op: 'contains' as const, value: dyad }] : [])],
    orderBy: [],
  });
  return readTension(docs.filter((d) => d.dyads.length > 0).map(toTensionInput), ASOF);
}

/** Readings one after another for `seconds` (at least `min` of them): the last value, readings per second, p50 and p99. */
async function timed(seconds: number, min: number, read: () => Promise<{ value: number }>) {
  const took: number[] = [];
  const end = performance.now() + seconds * 1_000;
  let value = NaN;
  while (performance.now() < end || took.length < min) {
    const start = performance.now();
    value = (await read()).value;
    took.push(performance.now() - start);
  }
  took.sort((a, b) => a - b);
  const at = (q: number) => Math.round(took[Math.min(took.length - 1, Math.floor(q * took.length))] * 100) / 100;
  return { value, perSecond: Math.round((took.length / took.reduce((s, t) => s + t, 0)) * 1_000 * 10) / 10, p50: at(0.5), p99: at(0.99) };
}

/**
 * A dyad's reading and the overview of every dyad, from the read model's sums and rankings, beside
 * the same readings computed from every development document, over the developments the projector
 * figure stored. The two must agree; a difference is reported in the figure's note.
 */
export async function measureTension(dataSource: DataSource, seconds: number): Promise<{ dyad: Figure; overview: Figure }> {
  const reader = new PgDocumentReader(dataSource);
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM read_model_documents d JOIN projections p ON p.name = d.projection AND p.generation = d.generation
     WHERE p.name = $1`,
    [DEVELOPMENTS],
  );
  const figure = async (name: string, indexed: () => Promise<{ value: number }>, baseline: () => Promise<{ value: number }>) => {
    const fast = await timed(seconds, 20, indexed);
    // A reading over every document takes up to seconds: one tells its pace.
    const slow = await timed(0, 1, baseline);
    const [a, b] = [fast.value, slow.value];
    return compared(fast.perSecond, 'readings/s', 'formula over every document', slow.perSecond, {
      p50Ms: fast.p50,
      p99Ms: fast.p99,
      note: `${name} over ${n} developments; every document: p50 ${slow.p50} ms${Math.abs(a - b) > 1e-6 ? `; READINGS DIFFER: ${a} vs ${b}` : ''}`,
    });
  };
  return {
    dyad: await figure(
      DYAD,
      () => dyadTension(reader, DYAD, { asOf: ASOF, limit: 20 }),
      () => everyDevelopment(reader, DYAD),
    ),
    overview: await figure(
      'every dyad',
      async () => (await tensionOverview(reader, { asOf: ASOF })).overall,
      () => everyDevelopment(reader),
    ),
  };
}
