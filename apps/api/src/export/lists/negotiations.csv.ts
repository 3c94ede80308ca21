import { RoundView, TrackRounds, TrackStatus } from '@parley/read-models';
import { column, joined, table } from '../csv-table';
import { listExport } from '../list-export';

const outcomeKinds = (outcomes: readonly { kind: string }[] | undefined) => joined(outcomes?.map((o) => o.kind));

export const TRACKS_CSV = listExport<{ tracks: TrackStatus[] }, TrackStatus>({
  route: '/api/v1/negotiations',
  name: 'tracks',
  table: table<TrackStatus>([
    column('track_id', (t) => t.trackId),
    column('phase', (t) => t.phase),
    column('parties', (t) => joined(t.parties)),
    column('mediators', (t) => joined(t.mediators)),
    column('status', (t) => t.status),
    column('rounds_held', (t) => t.roundsHeld),
    column('last_round', (t) => t.lastRound?.round),
    column('last_round_city', (t) => t.lastRound?.city),
    column('last_round_host_country', (t) => t.lastRound?.hostCountry),
    column('last_round_started_at', (t) => t.lastRound?.startedAt),
    column('last_round_ended_at', (t) => t.lastRound?.endedAt),
    column('last_round_outcomes', (t) => outcomeKinds(t.lastRound?.outcomes)),
    column('next_round', (t) => t.nextRound?.round),
    column('next_round_status', (t) => t.nextRound?.status),
    column('next_round_scheduled_start', (t) => t.nextRound?.scheduledStart),
    column('prisoner_exchanges', (t) => t.prisonerExchanges.count),
    column('returned', (t) => joined(Object.entries(t.prisonerExchanges.returned).map(([side, count]) => `${side}:${count}`))),
    column('last_development_at', (t) => t.lastDevelopmentAt),
    column('position', (t) => t.position),
  ]),
  rows: (answer) => answer.tracks,
});

type RoundRow = RoundView & { readonly trackId: string };

export const ROUNDS_CSV = listExport<TrackRounds, RoundRow>({
  route: '/api/v1/negotiations/:trackId/rounds',
  name: 'rounds',
  table: table<RoundRow>([
    column('track_id', (r) => r.trackId),
    column('round', (r) => r.round),
    column('status', (r) => r.status),
    column('format', (r) => r.format),
    column('city', (r) => r.city),
    column('venue', (r) => r.venue),
    column('host_country', (r) => r.hostCountry),
    column('mediators', (r) => joined(r.mediators)),
    column('scheduled_start', (r) => r.scheduledStart),
    column('original_scheduled_start', (r) => r.originalScheduledStart),
    column('postponements', (r) => r.postponements.length),
    column('started_at', (r) => r.startedAt),
    column('ended_at', (r) => r.endedAt),
    column('delay_minutes', (r) => r.delayMinutes),
    column('duration_minutes', (r) => r.durationMinutes),
    column('outcomes', (r) => outcomeKinds(r.outcomes)),
    column('reason', (r) => r.reason),
    column('cancelled_at', (r) => r.cancelledAt),
  ]),
  rows: ({ trackId, rounds }) => rounds.map((r) => ({ trackId, ...r })),
});
