import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { stopProcess } from '../test/support/child-process';
import { gdeltBatches, importBatches } from './figures/import';
import { cpuMs } from './lib/processes';
import { startStack } from './lib/stack';

/** Every table an imported development leaves rows in, from its append to its read models. */
const TABLES = ['events', 'event_actors', 'stream_actors', 'idempotency_keys', 'read_model_documents', 'read_model_stream_versions', 'read_model_totals'];

/**
 * `BENCH_PORT=<p> node -r @swc-node/register bench/store-floor.ts [batches]`: the least PostgreSQL can
 * spend storing what an imported development stores. Imports `batches` requests of 10,000 GDELT-like
 * developments (after one to warm up) and waits for the read models, stops the stack's processes, then
 * copies each table into an empty one with the same columns and indexes, twice, taking the CPU its
 * backend spent (/proc/<pid>/stat): `INSERT … SELECT` (no parsing, no client) and `COPY FROM STDIN` of
 * its own `COPY TO` text (what a bulk load sends). Each table's CPU a row, times the rows a development
 * added to it, is its share; their sum is the floor, which no Parley code can go below with these
 * tables (bench/README.md point 40).
 */
async function main(): Promise<void> {
  const batches = Number(process.argv[2] ?? 2);
  const stack = await startStack(Number(process.env.BENCH_PORT));
  const { db } = stack;
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const backend = await count(`SELECT pg_backend_pid() AS n`);
  /** The CPU the copy cost this connection's backend: what PostgreSQL spent, whatever else the machine ran. */
  const cpuOf = async (work: () => Promise<unknown>) => {
    const start = cpuMs(backend);
    await work();
    return cpuMs(backend) - start;
  };
  try {
    await importBatches(stack, gdeltBatches(1));
    await stack.settle();
    const before = new Map<string, number>();
    for (const table of TABLES) before.set(table, await count(`SELECT count(*) AS n FROM ${table}`));
    await importBatches(stack, gdeltBatches(batches));
    await stack.settle();
    await Promise.all(Object.values(stack.processes).map((child) => stopProcess(child)));
    const developments = batches * 10_000;
    const floor = { insert: 0, copy: 0 };
    for (const table of TABLES) {
      const rows = await count(`SELECT count(*) AS n FROM ${table}`);
      const added = rows - before.get(table)!;
      const copyOf = async () => db.query(`DROP TABLE IF EXISTS floor_copy; CREATE TABLE floor_copy (LIKE ${table} INCLUDING ALL)`);
      await copyOf();
      const insertMs = await cpuOf(() => db.query(`INSERT INTO floor_copy SELECT * FROM ${table}`));
      const text: Buffer[] = [];
      for await (const chunk of db.query(copyTo(`COPY ${table} TO STDOUT`))) text.push(chunk as Buffer);
      await copyOf();
      const copyMs = await cpuOf(() => pipeline(Readable.from(text), db.query(copyFrom(`COPY floor_copy FROM STDIN`))));
      const share = (ms: number) => (ms * 1_000 * added) / rows / developments;
      floor.insert += share(insertMs);
      floor.copy += share(copyMs);
      const us = (ms: number) => ((ms * 1_000) / rows).toFixed(1);
      console.log(JSON.stringify({ table, rows, perDevelopment: (added / developments).toFixed(2), insertUsPerRow: us(insertMs), copyUsPerRow: us(copyMs) }));
    }
    await db.query(`DROP TABLE floor_copy`);
    console.log(JSON.stringify({ developments, floorUsPerDevelopment: { insert: floor.insert.toFixed(1), copy: floor.copy.toFixed(1) } }));
  } finally {
    await stack.stop();
  }
}
void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
