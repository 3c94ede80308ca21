import { ParleyEvent, cameoOf } from '@parley/domain';
import { InMemoryDocuments } from '../src/in-memory-documents';
import { PROJECTIONS } from '../src/index';
import { recorded } from './recorded';

/** A backer's support of a group from a date, as `POST /actors/{code}/backing` records it. */
export const backed = (code: string, backer: string, effectiveAt: string): ParleyEvent => ({
  type: 'ActorBackingChanged',
  data: { code, backedBy: [backer], effectiveAt },
  occurredAt: effectiveAt,
});

/** A one-source artillery strike (CAMEO 190) of 20 casualties by `actor` on `target`. */
export const clash = (id: string, actor: string, target: string, occurredAt: string): ParleyEvent => ({
  type: 'MilitaryStrikeRecorded',
  data: {
    developmentId: id,
    kind: 'military_strike',
    trackId: null,
    actor,
    actors: [actor],
    person: null,
    targets: [target],
    occurredAt,
    datePrecision: 'day',
    location: null,
    summary: null,
    magnitude: { casualties: 20 },
    details: { means: ['artillery'] },
    cameo: cameoOf('190'),
    source: { publisher: 'Reuters' },
  },
  occurredAt,
});

/** Backings and developments folded into every read model, each event on its actor's or development's stream. */
export const foldBackedGroups = (events: ParleyEvent[]) =>
  InMemoryDocuments.fold(PROJECTIONS, recorded(events, (e) => (e.type === 'ActorBackingChanged' ? e.data.code : (e.data as { developmentId: string }).developmentId)));
