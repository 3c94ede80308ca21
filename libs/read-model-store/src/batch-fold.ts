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
      for (const id of projection.documentIds(event)) {
        const key = docKey(projection.name, id);
        if (!documents.has(key)) documents.set(key, { projection, id });
      }
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
  // One change per document, made when an event first touches it and folded on as others do: the batch's own objects.
  const changes = new Map<string, { projection: Projection; id: string; key: string; before: unknown; after: unknown }>();
  for (const event of events) {
    if (event.streamVersion <= (versions.get(event.streamId) ?? known.get(event.streamId) ?? 0)) continue;
    versions.set(event.streamId, event.streamVersion);
    for (const projection of target.projections) {
      for (const id of projection.documentIds(event)) {
        const key = docKey(projection.name, id);
        let change = changes.get(key);
        if (change === undefined) {
          const before = docs.get(key) ?? null;
          change = { projection, id, key, before, after: before };
          changes.set(key, change);
        }
        change.after = projection.evolve(change.after, event, id);
      }
    }
  }
  return { changes: [...changes.values()], versions };
}
