import { getActor } from '../actors/actors.query';
import { Condition, DocumentReader } from '../document-query';
import { NEGOTIATION_STATUS, NegotiationTrackDoc, RoundView } from './negotiation-status.projection';
import { TrackPhase, trackPhase } from './track-phase';

/** Every party and mediator by name: a person (WITKOFF) is shown as who they are, not as a code. */
export type ActorNames = Record<string, string>;

export interface TrackStatus {
  trackId: string;
  parties: readonly string[];
  mediators: string[];
  names: ActorNames;
  status: RoundView['status'];
  phase: TrackPhase;
  roundsHeld: number;
  lastRound: Pick<
    RoundView,
    'round' | 'format' | 'city' | 'venue' | 'hostCountry' | 'scheduledStart' | 'originalScheduledStart' | 'startedAt' | 'endedAt' | 'delayMinutes' | 'durationMinutes' | 'outcomes'
  > | null;
  nextRound: Pick<RoundView, 'round' | 'status' | 'format' | 'city' | 'venue' | 'hostCountry' | 'scheduledStart'> | null;
  prisonerExchanges: NegotiationTrackDoc['prisonerExchanges'];
  lastDevelopmentAt: string | null;
  position: number;
}

export interface TrackRounds {
  trackId: string;
  names: ActorNames;
  rounds: readonly RoundView[];
  nextCursor: string | null;
}

/** The filters the list of tracks takes (docs/search.md): a track, an actor among its parties and mediators, a page by trackId. */
export interface TrackFilter {
  readonly trackId?: string;
  readonly actor?: string;
  /** The trackId the previous page ended with. */
  readonly cursor?: string;
  readonly limit?: number;
}

/** The filters a track's rounds take: a period of their (latest) scheduled start, a page by round number. */
export interface RoundFilter {
  readonly from?: string;
  readonly to?: string;
  /** The round the previous page ended with. */
  readonly cursor?: number;
  readonly limit?: number;
}

const heldRound = (r: RoundView): NonNullable<TrackStatus['lastRound']> => ({
  round: r.round,
  format: r.format,
  city: r.city,
  venue: r.venue,
  hostCountry: r.hostCountry,
  scheduledStart: r.scheduledStart,
  originalScheduledStart: r.originalScheduledStart,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  delayMinutes: r.delayMinutes,
  durationMinutes: r.durationMinutes,
  outcomes: r.outcomes,
});

/** A round in the order the answer documents it, whatever order the store kept its fields in. */
const listedRound = (r: RoundView): RoundView => ({
  round: r.round,
  status: r.status,
  format: r.format,
  city: r.city,
  venue: r.venue,
  hostCountry: r.hostCountry,
  mediators: r.mediators,
  scheduledStart: r.scheduledStart,
  originalScheduledStart: r.originalScheduledStart,
  postponements: r.postponements.map(({ from, to, reason, announcedAt }) => ({ from, to, reason, announcedAt })),
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  delayMinutes: r.delayMinutes,
  durationMinutes: r.durationMinutes,
  outcomes: r.outcomes,
  reason: r.reason,
  cancelledAt: r.cancelledAt,
});

const mediatorsOf = (doc: NegotiationTrackDoc): string[] => [...new Set(doc.rounds.flatMap((r) => r.mediators))];

async function namesOf(reader: DocumentReader, codes: readonly string[]): Promise<ActorNames> {
  const actors = await Promise.all([...new Set(codes)].map((code) => getActor(reader, code)));
  return Object.fromEntries(actors.flatMap((a) => (a ? [[a.code, a.name]] : [])));
}

/** The answer for one track at `asOf`: the latest round's state, its phase, the last round held and the next one due. */
export async function toTrackStatus(reader: DocumentReader, doc: NegotiationTrackDoc, asOf: string): Promise<TrackStatus> {
  const held = doc.rounds.filter((r) => r.startedAt !== null);
  const latestHeld = held.at(-1);
  const upcoming = doc.rounds
    .filter((r) => r.status === 'scheduled' || r.status === 'postponed')
    .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))[0];
  const mediators = mediatorsOf(doc);
  return {
    trackId: doc.trackId,
    parties: doc.parties,
    mediators,
    names: await namesOf(reader, [...doc.parties, ...mediators]),
    status: (doc.rounds.at(-1) as RoundView).status,
    phase: trackPhase(doc, asOf),
    roundsHeld: held.length,
    lastRound: latestHeld ? heldRound(latestHeld) : null,
    nextRound: upcoming
      ? {
          round: upcoming.round,
          status: upcoming.status,
          format: upcoming.format,
          city: upcoming.city,
          venue: upcoming.venue,
          hostCountry: upcoming.hostCountry,
          scheduledStart: upcoming.scheduledStart,
        }
      : null,
    prisonerExchanges: doc.prisonerExchanges,
    lastDevelopmentAt: doc.lastDevelopmentAt,
    position: doc.position,
  };
}

const openedTrack = async (reader: DocumentReader, trackId: string): Promise<NegotiationTrackDoc | null> => {
  const doc = await reader.get<NegotiationTrackDoc>(NEGOTIATION_STATUS, trackId);
  return doc?.opened ? doc : null;
};

/** A read with no moment of its own is of now: the phase of a track that has gone quiet ages with the clock. */
const now = (): string => new Date().toISOString();

export async function getTrackStatus(reader: DocumentReader, trackId: string, asOf = now()): Promise<TrackStatus | null> {
  const doc = await openedTrack(reader, trackId);
  return doc ? toTrackStatus(reader, doc, asOf) : null;
}

/** A track concerns an actor that is one of its parties or mediated one of its rounds. */
const concerns = (actor: string): Condition => ({
  op: 'any',
  of: [[{ op: 'has', value: { parties: [actor] } }], [{ op: 'has', value: { rounds: [{ mediators: [actor] }] } }]],
});

/** Tracks in trackId order, filtered, a page at a time (every one unless a limit is given). */
export async function listTracks(reader: DocumentReader, asOf: string, filter: TrackFilter): Promise<{ tracks: TrackStatus[]; nextCursor: string | null }> {
  const where: Condition[] = [
    { field: 'opened', op: 'eq', value: true },
    ...(filter.trackId === undefined ? [] : [{ op: 'has', value: { trackId: filter.trackId } } as const]),
    ...(filter.actor === undefined ? [] : [concerns(filter.actor)]),
    ...(filter.cursor === undefined ? [] : [{ field: 'trackId', op: 'gt', value: filter.cursor } as const]),
  ];
  const docs = await reader.find<NegotiationTrackDoc>(NEGOTIATION_STATUS, {
    where,
    orderBy: [{ field: 'trackId', direction: 'asc' }],
    ...(filter.limit === undefined ? {} : { limit: filter.limit + 1 }),
  });
  const kept = filter.limit === undefined ? docs : docs.slice(0, filter.limit);
  return {
    tracks: await Promise.all(kept.map((doc) => toTrackStatus(reader, doc, asOf))),
    nextCursor: kept.length < docs.length ? (kept.at(-1) as NegotiationTrackDoc).trackId : null,
  };
}

export async function listTrackStatuses(reader: DocumentReader, asOf = now()): Promise<TrackStatus[]> {
  return (await listTracks(reader, asOf, {})).tracks;
}

/** A round's place in a period: its start as now scheduled, after any postponement. */
const inPeriod = (r: RoundView, { from, to }: RoundFilter): boolean =>
  (from === undefined || r.scheduledStart >= from) && (to === undefined || r.scheduledStart <= to);

/** Every round of a track, in order, each with its first schedule, its postponements and how it ended; filtered, a page at a time. */
export async function getTrackRounds(reader: DocumentReader, trackId: string, filter: RoundFilter = {}): Promise<TrackRounds | null> {
  const doc = await openedTrack(reader, trackId);
  if (!doc) return null;
  const selected = doc.rounds.filter((r) => inPeriod(r, filter) && (filter.cursor === undefined || r.round > filter.cursor));
  const rounds = filter.limit === undefined ? selected : selected.slice(0, filter.limit);
  return {
    trackId,
    names: await namesOf(reader, [...doc.parties, ...mediatorsOf(doc)]),
    rounds: rounds.map(listedRound),
    nextCursor: rounds.length < selected.length ? String((rounds.at(-1) as RoundView).round) : null,
  };
}
