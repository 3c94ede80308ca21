import { RecordedEvent } from '@parley/domain';
import { Total } from './document-query';

/**
 * A read model as a pure reducer over documents: which documents an event touches, and how each
 * one changes. The live projector, a rebuild and an "as of" query all run this same code.
 */
export interface Projection<Doc = unknown> {
  readonly name: string;
  /**
   * Raised whenever the reducer, its documents or its DocumentIndex change: read models stored by an
   * earlier version are then rebuilt from the log when the service starts.
   */
  readonly version: number;
  documentIds(event: RecordedEvent): readonly string[];
  /** The document after the event; null removes it. */
  evolve(doc: Doc | null, event: RecordedEvent, id: string): Doc | null;
  /**
   * The top-level fields queries match exactly (`eq`, `contains`). A store indexes these alone, so each
   * write indexes a handful of values rather than every value of the document.
   */
  readonly filterable: readonly string[];
  /** What a document adds to the sums and rankings kept beside the documents; none when absent. */
  index?(doc: Doc): DocumentIndex;
  /**
   * Every name its index's totals add to, in name order: a store keeps a key's totals side by side in
   * this order, one row a key, so a development adding to two names costs one row's update, not two.
   */
  readonly totalNames?: readonly string[];
  /**
   * The moment by which everything a total sums had occurred (the end of its period), for totals kept
   * by period: a reader as of an earlier moment leaves the total out, its period still open then.
   */
  totalPeriodEnd?(key: string): string;
  /**
   * Each document is written by the events of one stream only, as a development's are by the stream
   * that recorded it (its amendments go to that stream). A store then orders and guards a document's
   * writes by its stream alone, which a projector's batches each lock anyway.
   */
  readonly ownedByStream?: boolean;
}

/**
 * Sums and orderings that a query would otherwise compute by reading every document. They are a pure
 * function of each document, so a store keeps them by subtracting a document's old entries and adding
 * its new ones, and a fold in memory derives them from the documents: both give the same answer.
 */
export interface DocumentIndex {
  /** Whole numbers added up by key over all documents; whole, so any order of updates gives the same sum. */
  readonly totals: readonly Total[];
  /** Places of this document in ordered lists by key; ranks compare as text, highest first. */
  readonly rankings: readonly { readonly key: string; readonly rank: string }[];
}

export const NO_INDEX: DocumentIndex = { totals: [], rankings: [] };

/** A document a reducer is still building: its own new object, so setting a field changes no input. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };
