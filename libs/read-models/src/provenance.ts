import { Draft } from './projection';
import { DisputedFigure, RecordedEvent, Source, SourceAttached, SourceDetached, isConfirmed, sourceIdOf, withSource } from '@parley/domain';

/** A source as every answer shows it: with the id that detaches it. */
export type CitedSource = Source & { readonly sourceId: string };

/** A figure one source gives otherwise than the development's own, shown beside it. */
export type DisputedView = DisputedFigure & { readonly sourceId: string; readonly publisher: string };

/** Who reported a development, whether independent publishers agree, and the figures they dispute: shown beside it in every list. */
export interface Provenance {
  readonly sources: readonly CitedSource[];
  readonly confirmed: boolean;
  readonly disputed: readonly DisputedView[];
}

// A copy extended by name, not a spread extended (firstReported says why).
const cited = (sources: readonly Source[]): CitedSource[] =>
  sources.map((source) => {
    const citation = Object.assign({}, source) as Draft<CitedSource>;
    citation.sourceId = sourceIdOf(source);
    return citation;
  });

/** The provenance of a first report: the source it names, else the one its request carried. */
export const firstReport = (source: Source | null | undefined, event: RecordedEvent): Provenance =>
  reported({ sources: [], confirmed: false, disputed: [] }, source ?? event.metadata.source);

/**
 * `fresh`, a new object of the caller's, with the provenance of its first report as its next fields.
 * Extended by name, not `{ ...fresh, ...provenance }`: V8 (Node 20) gives an object spread and then
 * extended a map of its own, each new property a new map (microseconds apiece, and garbage).
 */
export function firstReported<T extends object>(fresh: T, source: Source | null | undefined, event: RecordedEvent): T & Provenance {
  const { sources, confirmed, disputed } = firstReport(source, event);
  const doc = fresh as T & Draft<Provenance>;
  doc.sources = sources;
  doc.confirmed = confirmed;
  doc.disputed = disputed;
  return doc;
}

/** The provenance after one more report of the same development, with the figures it disputes. */
export function reported<T extends Provenance>(doc: T, source: Source | null | undefined, disputed: readonly DisputedFigure[] = []): T {
  const known = withSource(doc.sources, source);
  // A report whose source is cited already and that disputes nothing leaves the provenance as it was
  // (its sources cited, `confirmed` theirs): the same document, not a copy.
  if (known === doc.sources && disputed.length === 0 && Array.isArray(doc.disputed) && doc.sources.every((s) => typeof s.sourceId === 'string')) return doc;
  const sources = cited(known);
  const theirs = source ? disputed.map((figure) => ({ ...figure, sourceId: sourceIdOf(source), publisher: source.publisher })) : [];
  return { ...doc, sources, confirmed: isConfirmed(sources), disputed: [...(doc.disputed ?? []), ...theirs] };
}

/** The provenance after a source was attached or detached. */
export function resourced<T extends Provenance>(doc: T, event: SourceAttached | SourceDetached): T {
  if (event.type === 'SourceAttached') return reported(doc, event.data.source, event.data.disputed);
  const { sourceId } = event.data;
  const sources = doc.sources.filter((source) => source.sourceId !== sourceId);
  return { ...doc, sources, confirmed: isConfirmed(sources), disputed: (doc.disputed ?? []).filter((d) => d.sourceId !== sourceId) };
}
