import { getActor } from '../actors/actors.query';
import { DocumentReader } from '../document-query';
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

export async function listTrackStatuses(reader: DocumentReader, asOf = now()): Promise<TrackStatus[]> {
  const docs = await reader.find<NegotiationTrackDoc>(NEGOTIATION_STATUS, {
    where: [{ field: 'opened', op: 'eq', value: true }],
    orderBy: [{ field: 'trackId', direction: 'asc' }],
  });
  return Promise.all(docs.map((doc) => toTrackStatus(reader, doc, asOf)));
}

/** Every round of a track, in order, each with its first schedule, its postponements and how it ended. */
export async function getTrackRounds(reader: DocumentReader, trackId: string): Promise<TrackRounds | null> {
  const doc = await openedTrack(reader, trackId);
  if (!doc) return null;
  return { trackId, names: await namesOf(reader, [...doc.parties, ...mediatorsOf(doc)]), rounds: doc.rounds.map(listedRound) };
}
