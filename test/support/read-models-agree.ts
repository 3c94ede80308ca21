import { PgEventStore } from '@parley/event-store';
import { PgDocumentReader } from '@parley/read-model-store';
import { DocumentReader, InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import { RecordedEvent } from '@parley/domain';
import stableStringify from 'fast-json-stable-stringify';
import { DataSource } from 'typeorm';

/** Each read model's documents in a canonical form (jsonb does not keep the order of keys), and its sums. */
const everyDocument = async (reader: DocumentReader) =>
  Object.fromEntries(
    await Promise.all(
      PROJECTIONS.map(async (p) => [
        p.name,
        {
          documents: (await reader.find(p.name, { where: [], orderBy: [] })).map((d) => stableStringify(d)).sort(),
          totals: await reader.totals(p.name, ['']),
        },
      ] as const),
    ),
  );

/**
 * The read models as stored, and as the same reducers fold the whole event store in memory: equal when
 * every event was applied exactly once, whatever crashed or was redelivered on the way.
 */
export async function storedAndFoldedReadModels(databaseUrl: string) {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  try {
    const store = new PgEventStore(dataSource);
    const events: RecordedEvent[] = [];
    for (let page = await store.readAll({ after: 0, limit: 5_000 }); page.length > 0; page = await store.readAll({ after: page.at(-1)!.position, limit: 5_000 })) {
      events.push(...page);
    }
    return {
      events: events.length,
      stored: await everyDocument(new PgDocumentReader(dataSource)),
      folded: await everyDocument(InMemoryDocuments.fold(PROJECTIONS, events)),
    };
  } finally {
    await dataSource.destroy();
  }
}
