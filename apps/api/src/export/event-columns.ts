import { Cameo, Place, Source } from '@parley/domain';
import { CsvColumn, column, joined } from './csv-table';

/** What a development, a statement and an exchange each say, in the terms of ACLED's export. */
export interface EventFacts {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly datePrecision: string | null;
  readonly kind: string;
  readonly stage: string | null;
  /** The principal actor. */
  readonly actor1: string | null;
  /** Other actors who acted with actor1. */
  readonly assocActor1: readonly string[];
  /** Those it was aimed at, or the other sides. */
  readonly actor2: readonly string[];
  readonly persons: readonly string[];
  readonly location: Place | null;
  readonly fatalities: number | null;
  readonly notes: string | null;
  readonly cameo: Cameo | null;
  readonly summary: string | null;
  readonly sources: readonly Source[];
  readonly confirmed: boolean;
  readonly trackId: string | null;
  readonly recordedAt: string | null;
  readonly position: number;
}

type Kept = Pick<EventFacts, 'cameo' | 'sources' | 'confirmed' | 'trackId' | 'position'>;

/** What every list holds under the same names: the CAMEO code, the provenance, the track and the log position. */
export const keptFacts = ({ cameo, sources, confirmed, trackId, position }: Kept): Kept => ({ cameo, sources, confirmed, trackId, position });

/** What a list that is not of developments does not record; each says what it has. */
export const UNRECORDED: Pick<EventFacts, 'datePrecision' | 'stage' | 'assocActor1' | 'persons' | 'location' | 'fatalities' | 'notes' | 'summary' | 'recordedAt'> = {
  datePrecision: null,
  stage: null,
  assocActor1: [],
  persons: [],
  location: null,
  fatalities: null,
  notes: null,
  summary: null,
  recordedAt: null,
};

/** The leading columns of every development-like export, in this order; docs/export.md says what each holds. */
export const EVENT_COLUMNS: readonly CsvColumn<EventFacts>[] = [
  column('event_id', (f) => f.eventId),
  column('event_date', (f) => f.occurredAt.slice(0, 10)),
  column('occurred_at', (f) => f.occurredAt),
  column('date_precision', (f) => f.datePrecision),
  column('kind', (f) => f.kind),
  column('stage', (f) => f.stage),
  column('actor1', (f) => f.actor1),
  column('assoc_actor1', (f) => joined(f.assocActor1)),
  column('actor2', (f) => joined(f.actor2)),
  column('persons', (f) => joined(f.persons)),
  column('location', (f) => f.location?.name),
  column('country', (f) => f.location?.country),
  column('latitude', (f) => f.location?.latitude),
  column('longitude', (f) => f.location?.longitude),
  column('fatalities', (f) => f.fatalities),
  column('cameo_code', (f) => f.cameo?.code),
  column('quad_class', (f) => f.cameo?.quadClass),
  column('goldstein', (f) => f.cameo?.goldstein),
  column('summary', (f) => f.summary),
  column('sources', (f) => joined(f.sources.map((s) => s.publisher))),
  column('source_urls', (f) => joined(f.sources.map((s) => s.url))),
  column('confirmed', (f) => f.confirmed),
  column('notes', (f) => f.notes),
  column('track_id', (f) => f.trackId),
  column('recorded_at', (f) => f.recordedAt),
  column('position', (f) => f.position),
];
