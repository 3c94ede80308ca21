import { RecordedEvent } from '@parley/domain';
import { Projection } from '@parley/read-models';
import { DocumentChange } from './document-index-writer';

/** A generation of read models, blue (readers use it) or green (a rebuild fills it), and the projections written into it. */
export interface GenerationTarget {
  readonly generation: number;
  readonly projections: readonly Projection[];
}

export const docKey = (projection: string, id: string) => `${projection}\u0000${id}`;

/** A document a batch's events write. */
export interface DocumentRef {
  readonly projection: Projection;
  readonly id: string;
}

/** The documents a batch's events write, by docKey. */
export type BatchDocuments = Map<string, DocumentRef>;

export function documentsOf(target: GenerationTarget, events: readonly RecordedEvent[]): BatchDocuments {
  const documents: BatchDocuments = new Map();
  for (const event of events) {
    for (const projection of target.projections) {
      for (const id of projection.documentIds(event)) documents.set(docKey(projection.name, id), { projection, id });
    }
  }
  return documents;
}

/** What a batch of events does to a generation, folded in memory: each document it touches once, before and after, and each stream's last version. */
export interface FoldedBatch {
  /** Each with its docKey. */
  readonly changes: readonly (DocumentChange & { readonly key: string })[];
  readonly versions: ReadonlyMap<string, number>;
}

/**
 * Folds events into documents in memory: an event whose stream version is not above `known`'s is
 * skipped (applied already), and every change to one document is coalesced into one write. `docs`
 * holds the documents as stored (absent: none), by docKey; neither map is changed.
 */
export function foldBatch(
  target: GenerationTarget,
  events: readonly RecordedEvent[],
  known: ReadonlyMap<string, number>,
  docs: ReadonlyMap<string, unknown>,
): FoldedBatch {
  const versions = new Map<string, number>();
  const after = new Map<string, unknown>();
  const refs: BatchDocuments = new Map();
  for (const event of events) {
    if (event.streamVersion <= (versions.get(event.streamId) ?? known.get(event.streamId) ?? 0)) continue;
    versions.set(event.streamId, event.streamVersion);
    for (const projection of target.projections) {
      for (const id of projection.documentIds(event)) {
        const key = docKey(projection.name, id);
        const doc = after.has(key) ? after.get(key) : (docs.get(key) ?? null);
        after.set(key, projection.evolve(doc, event, id));
        refs.set(key, { projection, id });
      }
    }
  }
  const changes = [...refs].map(([key, { projection, id }]) => ({ projection, id, key, before: docs.get(key) ?? null, after: after.get(key) ?? null }));
  return { changes, versions };
}
