import { RecordedEvent } from '@parley/domain';

/**
 * A read model as a pure reducer over documents: which documents an event touches, and how each
 * one changes. The live projector, a rebuild and an "as of" query all run this same code.
 */
export interface Projection<Doc = unknown> {
  readonly name: string;
  documentIds(event: RecordedEvent): readonly string[];
  /** The document after the event; null removes it. */
  evolve(doc: Doc | null, event: RecordedEvent, id: string): Doc | null;
}
