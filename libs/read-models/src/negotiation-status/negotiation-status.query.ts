import { DocumentReader } from '../document-query';
import { NEGOTIATION_STATUS, NegotiationTrackDoc, RoundView } from './negotiation-status.projection';

export interface TrackStatus {
  trackId: string;
  parties: readonly string[];
  mediators: string[];
  status: RoundView['status'];
  roundsHeld: number;
  lastRound: Omit<RoundView, 'status' | 'reason' | 'mediators'> | null;
  nextRound: Pick<RoundView, 'round' | 'status' | 'city' | 'venue' | 'hostCountry' | 'scheduledStart'> | null;
  prisonerExchanges: NegotiationTrackDoc['prisonerExchanges'];
  lastDevelopmentAt: string | null;
  position: number;
}

const heldRound = (r: RoundView): NonNullable<TrackStatus['lastRound']> => ({
  round: r.round,
  city: r.city,
  venue: r.venue,
  hostCountry: r.hostCountry,
  scheduledStart: r.scheduledStart,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  delayMinutes: r.delayMinutes,
  durationMinutes: r.durationMinutes,
  outcomes: r.outcomes,
});

/** The answer for one track: the latest round's state, the last round held and the next one due. */
export function toTrackStatus(doc: NegotiationTrackDoc): TrackStatus {
  const held = doc.rounds.filter((r) => r.startedAt !== null);
  const latestHeld = held.at(-1);
  const upcoming = doc.rounds
    .filter((r) => r.status === 'scheduled' || r.status === 'postponed')
    .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))[0];
  return {
    trackId: doc.trackId,
    parties: doc.parties,
    mediators: [...new Set(doc.rounds.flatMap((r) => r.mediators))],
    status: (doc.rounds.at(-1) as RoundView).status,
    roundsHeld: held.length,
    lastRound: latestHeld ? heldRound(latestHeld) : null,
    nextRound: upcoming
      ? { round: upcoming.round, status: upcoming.status, city: upcoming.city, venue: upcoming.venue, hostCountry: upcoming.hostCountry, scheduledStart: upcoming.scheduledStart }
      : null,
    prisonerExchanges: doc.prisonerExchanges,
    lastDevelopmentAt: doc.lastDevelopmentAt,
    position: doc.position,
  };
}

export async function getTrackStatus(reader: DocumentReader, trackId: string): Promise<TrackStatus | null> {
  const doc = await reader.get<NegotiationTrackDoc>(NEGOTIATION_STATUS, trackId);
  return doc?.opened ? toTrackStatus(doc) : null;
}

export async function listTrackStatuses(reader: DocumentReader): Promise<TrackStatus[]> {
  const docs = await reader.find<NegotiationTrackDoc>(NEGOTIATION_STATUS, {
    where: [{ field: 'opened', op: 'eq', value: true }],
    orderBy: [{ field: 'trackId', direction: 'asc' }],
  });
  return docs.map(toTrackStatus);
}
