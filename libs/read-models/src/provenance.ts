import { RecordedEvent, Source, isConfirmed, withSource } from '@parley/domain';

/** Who reported a development, and whether independent publishers agree: shown beside it in every list. */
export interface Provenance {
  readonly sources: readonly Source[];
  readonly confirmed: boolean;
}

/** The provenance of a first report: the source it names, else the one its request carried. */
export const firstReport = (source: Source | null | undefined, event: RecordedEvent): Provenance =>
  reported({ sources: [], confirmed: false }, source ?? event.metadata.source);

/** The provenance after one more report of the same development. */
export function reported<T extends Provenance>(doc: T, source: Source | null | undefined): T {
  const sources = withSource(doc.sources, source);
  return { ...doc, sources, confirmed: isConfirmed(sources) };
}
