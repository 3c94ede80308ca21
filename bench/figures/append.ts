import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { PgEventStore } from '@parley/event-store';
import { Pool } from 'pg';
import { migratedDatabase } from '../../test/support/migrated-database';
import { partiesOfStream } from '../lib/bodies';
import { statementEvent, writeMetadata } from '../lib/events';
import { Figure, compared } from '../lib/report';
import { throughput } from '../lib/throughput';

const APPENDERS = 64;
const STREAMS = 1_000;
const BATCH = 500;

/** Each appender owns every 64th stream, so appenders never race on a version and all of them append. */
function ownedStreams(prefix: string) {
  const versions = new Map<string, number>();
  return (appender: number) => {
    const n = appender + APPENDERS * Math.floor(Math.random() * Math.ceil((STREAMS - appender) / APPENDERS));
    const streamId = `${prefix}-${n}`;
    const version = versions.get(streamId) ?? 0;
    versions.set(streamId, version + 1);
    return { streamId, version, parties: partiesOfStream(n) };
  };
}

const PLAIN_TABLE = `
  CREATE TABLE plain_events (LIKE events INCLUDING ALL);
  CREATE SEQUENCE plain_events_position OWNED BY plain_events.position;
  ALTER TABLE plain_events ALTER position SET DEFAULT nextval('plain_events_position');`;

const PLAIN_INSERT = `
  INSERT INTO plain_events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
  SELECT gen_random_uuid(), s, v, 'StatementRecorded', 1, d, m, o
  FROM unnest($1::text[], $2::int[], $3::jsonb[], $4::jsonb[], $5::timestamptz[]) AS x(s, v, d, m, o)`;

/** Events per second through Parley's event store, Emmett's, and plain pg, 64 appenders over 1,000 streams. */
export async function measureAppend(seconds: number): Promise<Figure> {
  const db = await migratedDatabase({ DATABASE_POOL_SIZE: '20' });
  const url = db.resources.databaseUrl;
  const pool = new Pool({ connectionString: url, max: APPENDERS });
  // Emmett's close ends this pool without waiting for its clients; one still idle when the figure's
  // database is dropped is terminated, and an 'error' without a listener would end the benchmark.
  pool.on('error', () => undefined);
  try {
    const parley = new PgEventStore(db.dataSource);
    const parleyStream = ownedStreams('statement');
    const parleyStep = async (appender: number) => {
      const { streamId, version, parties } = parleyStream(appender);
      await parley.append(streamId, version, [statementEvent(parties)], { metadata: writeMetadata() });
      return 1;
    };

    const emmett = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
    await emmett.schema.migrate();
    const emmettStream = ownedStreams('emmett');
    const emmettStep = async (appender: number) => {
      const { streamId, version, parties } = emmettStream(appender);
      const { type, data } = statementEvent(parties);
      await emmett.appendToStream(streamId, [{ type, data: { ...data }, metadata: writeMetadata() }], { expectedStreamVersion: BigInt(version) });
      return 1;
    };

    await pool.query(PLAIN_TABLE);
    const plainStream = ownedStreams('plain');
    const plainRows = (appender: number, rows: number) => {
      const picked = Array.from({ length: rows }, () => {
        const stream = plainStream(appender);
        return { ...stream, event: statementEvent(stream.parties) };
      });
      return [
        picked.map((p) => p.streamId),
        picked.map((p) => p.version + 1),
        picked.map((p) => JSON.stringify(p.event.data)),
        picked.map(() => JSON.stringify(writeMetadata())),
        picked.map((p) => p.event.occurredAt),
      ];
    };
    const perRow = async (appender: number) => (await pool.query(PLAIN_INSERT, plainRows(appender, 1)), 1);
    const batched = async (appender: number) => (await pool.query(PLAIN_INSERT, plainRows(appender, BATCH)), BATCH);

    const measure = async (step: (appender: number) => Promise<number>) => {
      await throughput(APPENDERS, 1, step);
      return throughput(APPENDERS, seconds, step);
    };
    const parleyRate = await measure(parleyStep);
    const emmettRate = await measure(emmettStep);
    const perRowRate = await measure(perRow);
    const batchedRate = await measure(batched);
    await emmett.close();
    return compared(parleyRate, 'events/s', 'Emmett', emmettRate, {
      limits: { pg_tx_per_row: perRowRate, pg_batch_500: batchedRate, ratio_to_tx_per_row: Math.round((parleyRate / perRowRate) * 100) / 100 },
    });
  } finally {
    await pool.end().catch(() => undefined);
    await db.stop();
  }
}
