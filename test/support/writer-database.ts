import { RecordedEvent } from '@parley/domain';
import { ProjectionWriter } from '@parley/read-model-store';
import { migratedDatabase } from './migrated-database';

export type WriterDatabase = Awaited<ReturnType<typeof writerDatabase>>;

/** A fresh migrated database with the read models registered, and the writer a projector uses on it. */
export async function writerDatabase() {
  const db = await migratedDatabase();
  const writer = new ProjectionWriter(db.dataSource);
  await writer.register();
  return {
    ...db,
    writer,
    /** Applies events to the live read models in one transaction, as a projector's batch does. */
    apply: (events: readonly RecordedEvent[]) => writer.applyInTransaction('blue', events),
  };
}
