import { cameoOf } from '../cameo/cameo';
import { talksDevelopmentId } from '../development/development-id';
import { attachSource, decideAmendment } from '../development/development-lifecycle';
import { requireRecordedAfter } from '../development/recorded-dates';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Source } from '../shared/source';
import { earliest } from '../shared/time';
import {
  BreakOffTalks,
  CancelTalks,
  ConcludeTalks,
  PostponeTalks,
  ScheduleTalks,
  StartTalks,
  TrackCommand,
} from './track.commands';
import { TrackEvent, TrackStreamEvent } from './track.events';
import { RoundState, RoundStatus, TrackState, evolveTrack, initialTrackState } from './track.state';

export const trackStreamId = (trackId: string): string => `negotiation-track-${trackId}`;

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

const ROUND_STATUS_WORDS: Record<RoundStatus, string> = {
  scheduled: 'is scheduled',
  postponed: 'is postponed',
  in_session: 'is already in session',
  concluded: 'has already concluded',
  broken_off: 'broke off',
  cancelled: 'was cancelled',
};

function existingRound(state: TrackState, trackId: string, round: number): RoundState {
  const found = state.rounds[round];
  if (!found) {
    throw new RuleViolation(
      'round-must-be-scheduled',
      `round ${round} of track ${trackId} was never scheduled`,
    );
  }
  return found;
}

type RoundAction = { verb: 'start' | 'conclude' | 'break-off' | 'postpone' | 'cancel'; participle: string };

function requireStatus(found: RoundState, trackId: string, allowed: RoundStatus[], { verb, participle }: RoundAction): void {
  if (!allowed.includes(found.status)) {
    throw new RuleViolation(
      `cannot-${verb}-${found.status.replace('_', '-')}-round`,
      `round ${found.round} of track ${trackId} ${ROUND_STATUS_WORDS[found.status]}, so it cannot be ${participle}`,
    );
  }
}

const sameMinute = (a: string | null, b: string): boolean => a !== null && Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);

/**
 * Another outlet reporting a start or an end already recorded, at the same minute, corroborates it;
 * without a source of its own, it is a repeat the round's status refuses.
 */
const reportedAgain = (state: TrackState, found: RoundState, recordedAt: string | null, reportedAt: string, source: Source | null | undefined, now: string) =>
  source && sameMinute(recordedAt, reportedAt) ? attachSource(state.developments[found.developmentId], source, now) : null;

const NOT_YET_HELD: RoundStatus[] = ['scheduled', 'postponed'];

/** CAMEO: intent to meet or negotiate; engage in negotiation; meet at a third location (a mediator's). */
export const TALKS_SCHEDULED_CAMEO = '036';
export const TALKS_HELD_CAMEO = '046';
export const TALKS_HELD_ELSEWHERE_CAMEO = '044';
/** CAMEO: halt negotiations. */
export const TALKS_BROKEN_OFF_CAMEO = '164';

/** A round meets in a third country when its host is not a party; unnamed, a mediated round meets on the mediator's ground, as in Istanbul. */
const heldInThirdCountry = ({ hostCountry, mediators }: RoundState, { parties }: TrackState): boolean =>
  hostCountry ? !(parties ?? []).includes(hostCountry) : mediators.length > 0;

const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);

/** The round a report without a number is about: the one scheduled, now or first, for the same day. */
const roundOnDay = (state: TrackState, scheduledStart: string): RoundState | undefined =>
  Object.values(state.rounds).find((r) => sameDay(r.scheduledStart, scheduledStart) || sameDay(r.originalScheduledStart, scheduledStart));

/** An announcement after the start it announces is a mistake in the report, not a date to clamp. */
const requireAnnouncedBefore = (announcedAt: string | undefined, scheduledStart: string): void => {
  if (announcedAt !== undefined && Date.parse(announcedAt) > Date.parse(scheduledStart)) {
    throw new InvalidField('announcedAt', `must not be after the scheduled start it announces (${scheduledStart})`);
  }
};

const requireEndAfterStart = (found: RoundState, endedAt: string): void => {
  if (found.startedAt && Date.parse(endedAt) < Date.parse(found.startedAt)) {
    throw new InvalidField('endedAt', `must not be before the round started (${found.startedAt})`);
  }
};

/** What happened to a round is dated to the minute; only its scheduled start may lie ahead. */
const requireHappened = (field: string, date: string | undefined, now: string): void => {
  if (date !== undefined) requireRecordedAfter(field, date, 'exact', now);
};

function schedule(command: ScheduleTalks, state: TrackState): TrackStreamEvent[] {
  const { trackId, parties, mediators, scheduledStart, announcedAt, format = 'in_person' } = command.data;
  if (new Set(parties).size < 2 || new Set(parties).size !== parties.length) {
    throw new InvalidField('parties', 'must name at least two different actors, each once');
  }
  const mediatorAlsoParty = mediators.find((m) => parties.includes(m));
  if (mediatorAlsoParty) {
    throw new InvalidField('mediators', `${mediatorAlsoParty} cannot both mediate and be a party`);
  }
  if (format === 'in_person' && !command.data.city) {
    throw new InvalidField('city', 'must name where a round in person meets (a call or a video conference needs none)');
  }
  requireHappened('announcedAt', announcedAt, command.metadata.now);
  requireAnnouncedBefore(announcedAt, scheduledStart);
  if (state.parties && !sameSet(state.parties, parties)) {
    throw new RuleViolation(
      'track-keeps-its-parties',
      `track ${trackId} is between ${state.parties.join(' and ')}; a later round must keep its parties`,
    );
  }
  const held = Object.keys(state.rounds).map(Number);
  const matched = command.data.round === undefined ? roundOnDay(state, scheduledStart) : undefined;
  const round = command.data.round ?? matched?.round ?? Math.max(0, ...held) + 1;
  const existing = state.rounds[round];
  if (existing) {
    // The same round on the same day, from another outlet, is a second report of it: it corroborates.
    if (command.data.source && (matched || sameDay(existing.scheduledStart, scheduledStart))) {
      return attachSource(state.developments[existing.developmentId], command.data.source, command.metadata.now);
    }
    const unnumbered = matched ? ' for that day; a report without a round number is taken as that round, so give another round its number' : '';
    throw new RuleViolation('round-scheduled-once', `round ${round} of track ${trackId} is already scheduled${unnumbered}`);
  }
  return [
    {
      type: 'TalksScheduled',
      data: {
        developmentId: talksDevelopmentId(trackId, round),
        trackId,
        round,
        parties: [...parties],
        mediators: [...mediators],
        format,
        city: command.data.city ?? null,
        venue: command.data.venue ?? null,
        hostCountry: command.data.hostCountry ?? null,
        scheduledStart,
        cameo: cameoOf(command.data.cameoCode ?? TALKS_SCHEDULED_CAMEO),
        source: command.data.source ?? null,
      },
      occurredAt: announcedAt ?? earliest(command.metadata.now, scheduledStart),
    },
  ];
}

function start(command: StartTalks, state: TrackState): TrackStreamEvent[] {
  const { trackId, round, startedAt, source } = command.data;
  requireHappened('startedAt', startedAt, command.metadata.now);
  const found = existingRound(state, trackId, round);
  const again = reportedAgain(state, found, found.startedAt, startedAt, source, command.metadata.now);
  if (again) return again;
  requireStatus(found, trackId, NOT_YET_HELD, { verb: 'start', participle: 'started' });
  return [{ type: 'TalksStarted', data: { trackId, round, startedAt }, occurredAt: startedAt }];
}

type RoundEnd = { trackId: string; round: number; endedAt: string; source?: Source | null };

/**
 * What concluding and breaking off share: the end happened, after the start of a round in session.
 * The same ending at the same minute from another outlet is a source of it; a round that broke off at
 * that minute did not conclude.
 */
function endRound(
  state: TrackState,
  end: RoundEnd,
  ending: 'concluded' | 'broken_off',
  action: RoundAction,
  now: string,
  event: (found: RoundState) => TrackEvent,
): TrackStreamEvent[] {
  requireHappened('endedAt', end.endedAt, now);
  const found = existingRound(state, end.trackId, end.round);
  const again = reportedAgain(state, found, found.status === ending ? found.endedAt : null, end.endedAt, end.source, now);
  if (again) return again;
  requireStatus(found, end.trackId, ['in_session'], action);
  requireEndAfterStart(found, end.endedAt);
  return [event(found)];
}

function conclude(command: ConcludeTalks, state: TrackState): TrackStreamEvent[] {
  const { trackId, round, endedAt, outcomes } = command.data;
  return endRound(state, command.data, 'concluded', { verb: 'conclude', participle: 'concluded' }, command.metadata.now, (found) => {
    const cameo = cameoOf(command.data.cameoCode ?? (heldInThirdCountry(found, state) ? TALKS_HELD_ELSEWHERE_CAMEO : TALKS_HELD_CAMEO));
    return { type: 'TalksConcluded', data: { trackId, round, endedAt, outcomes, cameo }, occurredAt: endedAt };
  });
}

function breakOff(command: BreakOffTalks, state: TrackState): TrackStreamEvent[] {
  const { trackId, round, endedAt, reason } = command.data;
  return endRound(state, command.data, 'broken_off', { verb: 'break-off', participle: 'broken off' }, command.metadata.now, () => ({
    type: 'TalksBrokenOff',
    data: { trackId, round, endedAt, reason, cameo: cameoOf(TALKS_BROKEN_OFF_CAMEO) },
    occurredAt: endedAt,
  }));
}

function postpone(command: PostponeTalks, state: TrackState): TrackEvent[] {
  const { trackId, round, scheduledStart, reason, announcedAt } = command.data;
  requireHappened('announcedAt', announcedAt, command.metadata.now);
  const found = existingRound(state, trackId, round);
  requireStatus(found, trackId, NOT_YET_HELD, { verb: 'postpone', participle: 'postponed' });
  if (Date.parse(scheduledStart) <= Date.parse(found.scheduledStart)) {
    throw new RuleViolation(
      'postponement-moves-later',
      `round ${round} of track ${trackId} is scheduled for ${found.scheduledStart}; a postponement must move it later`,
    );
  }
  requireAnnouncedBefore(announcedAt, scheduledStart);
  return [
    {
      type: 'TalksPostponed',
      data: { trackId, round, scheduledStart, previousStart: found.scheduledStart, reason: reason ?? null },
      occurredAt: announcedAt ?? earliest(command.metadata.now, found.scheduledStart),
    },
  ];
}

function cancel(command: CancelTalks, state: TrackState): TrackEvent[] {
  const { trackId, round, reason, announcedAt } = command.data;
  requireHappened('announcedAt', announcedAt, command.metadata.now);
  const found = existingRound(state, trackId, round);
  requireStatus(found, trackId, NOT_YET_HELD, { verb: 'cancel', participle: 'cancelled' });
  return [
    {
      type: 'TalksCancelled',
      data: { trackId, round, reason: reason ?? null },
      occurredAt: announcedAt ?? earliest(command.metadata.now, found.scheduledStart),
    },
  ];
}

export function decideTrack(command: TrackCommand, state: TrackState): TrackStreamEvent[] {
  switch (command.type) {
    case 'ScheduleTalks':
      return schedule(command, state);
    case 'StartTalks':
      return start(command, state);
    case 'ConcludeTalks':
      return conclude(command, state);
    case 'BreakOffTalks':
      return breakOff(command, state);
    case 'PostponeTalks':
      return postpone(command, state);
    case 'CancelTalks':
      return cancel(command, state);
    case 'CorrectDevelopment':
    case 'RetractDevelopment':
    case 'DetachSource':
      return decideAmendment(command, state.developments);
  }
}

export const trackDecider = { decide: decideTrack, evolve: evolveTrack, initialState: initialTrackState };
