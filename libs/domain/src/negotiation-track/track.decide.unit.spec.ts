import { cameoOf } from '../cameo/cameo';
import { talksDevelopmentId } from '../development/development-id';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import { TrackCommand } from './track.commands';
import { decideTrack } from './track.decide';
import { TalksScheduled, TalksStarted, TrackEvent } from './track.events';
import { evolveTrack, initialTrackState } from './track.state';

const given = deciderSpec({ decide: decideTrack, evolve: evolveTrack, initialState: initialTrackState });
const now = '2025-06-05T00:00:00.000Z';
const metadata = { now };

const scheduled: TalksScheduled = {
  type: 'TalksScheduled',
  data: {
    developmentId: talksDevelopmentId('russia-ukraine', 2),
    trackId: 'russia-ukraine',
    round: 2,
    parties: ['RUS', 'UKR'],
    mediators: ['TUR'],
    format: 'in_person',
    city: 'Istanbul',
    venue: 'Ciragan Palace',
    hostCountry: 'TUR',
    scheduledStart: '2025-06-02T07:00:00.000Z',
    cameo: cameoOf('036'),
    source: { publisher: 'Al-Ahram Weekly' },
  },
  occurredAt: '2025-05-30T12:00:00.000Z',
};
const started: TalksStarted = {
  type: 'TalksStarted',
  data: { trackId: 'russia-ukraine', round: 2, startedAt: '2025-06-02T09:00:00.000Z' },
  occurredAt: '2025-06-02T09:00:00.000Z',
};
const schedule = (data: Partial<Extract<TrackCommand, { type: 'ScheduleTalks' }>['data']> = {}): TrackCommand => ({
  type: 'ScheduleTalks',
  data: {
    trackId: 'russia-ukraine',
    parties: ['RUS', 'UKR'],
    mediators: ['TUR'],
    city: 'Istanbul',
    scheduledStart: '2025-07-01T10:00:00.000Z',
    ...data,
  },
  metadata,
});
const cmd = <T extends TrackCommand['type']>(type: T, data: Extract<TrackCommand, { type: T }>['data']) =>
  ({ type, data, metadata }) as TrackCommand;

describe('negotiation track', () => {
  describe('ScheduleTalks', () => {
    it('opens a new track with the round it is given, announced no later than its start', () =>
      given([])
        .when(schedule({ round: 2, venue: 'Ciragan Palace', hostCountry: 'TUR', scheduledStart: scheduled.data.scheduledStart, announcedAt: scheduled.occurredAt, source: { publisher: 'Al-Ahram Weekly' } }))
        .then([scheduled]));

    it('numbers a round after the highest one when no number is given, defaulting the announcement to now', () =>
      given([scheduled])
        .when(schedule())
        .then([
          {
            type: 'TalksScheduled',
            data: { ...scheduled.data, developmentId: talksDevelopmentId('russia-ukraine', 3), round: 3, venue: null, hostCountry: null, scheduledStart: '2025-07-01T10:00:00.000Z', source: null },
            occurredAt: now,
          },
        ]));

    it('takes the start as the announcement time when the start lies in the past', () => {
      const [event] = decideTrack(schedule({ scheduledStart: '2025-01-01T00:00:00.000Z' }), initialTrackState());
      expect(event.occurredAt).toBe('2025-01-01T00:00:00.000Z');
    });

    it('refuses a round number that is already scheduled for another day', () =>
      given([scheduled]).when(schedule({ round: 2 })).thenThrows(RuleViolation, /round 2 of track russia-ukraine is already scheduled/));

    it('takes a second report of the same round on the same day from another publisher as a source', () =>
      given([scheduled])
        .when(schedule({ round: 2, scheduledStart: '2025-06-02T10:00:00.000Z', source: { publisher: 'Reuters' } }))
        .then([
          {
            type: 'SourceAttached',
            data: { developmentId: scheduled.data.developmentId, kind: 'talks', trackId: 'russia-ukraine', source: { publisher: 'Reuters' } },
            occurredAt: now,
          },
        ]));

    it('refuses the same report of the same round twice', () =>
      given([scheduled])
        .when(schedule({ round: 2, scheduledStart: scheduled.data.scheduledStart, source: { publisher: 'Al-Ahram Weekly' } }))
        .thenThrows(RuleViolation, /already cites Al-Ahram Weekly/));

    it('refuses a later round with other parties', () =>
      given([scheduled])
        .when(schedule({ parties: ['RUS', 'USA'] }))
        .thenThrows(RuleViolation, /between RUS and UKR; a later round must keep its parties/));

    it('refuses fewer than two different parties', () =>
      given([]).when(schedule({ parties: ['RUS', 'RUS'] })).thenThrows(InvalidField, /at least two different actors/));

    it('refuses a mediator that is also a party', () =>
      given([]).when(schedule({ mediators: ['UKR'] })).thenThrows(InvalidField, /UKR cannot both mediate and be a party/));

    it('refuses an announcement after the start it announces, naming announcedAt, instead of moving it', () => {
      const late = schedule({ scheduledStart: '2025-06-01T10:00:00.000Z', announcedAt: '2025-06-02T00:00:00.000Z' });
      given([]).when(late).thenThrows(InvalidField, /must not be after the scheduled start/);
      expect(() => decideTrack(late, initialTrackState())).toThrow(expect.objectContaining({ field: 'announcedAt' }));
    });

    it('schedules a round by telephone or video with no city', () =>
      given([])
        .when(schedule({ format: 'call', city: undefined, mediators: [] }))
        .then([expect.objectContaining({ type: 'TalksScheduled', data: expect.objectContaining({ format: 'call', city: null }) })]));

    it('refuses a round in person with no city, naming city', () => {
      given([]).when(schedule({ city: undefined })).thenThrows(InvalidField, /must name where a round in person meets/);
      expect(() => decideTrack(schedule({ city: undefined }), initialTrackState())).toThrow(expect.objectContaining({ field: 'city' }));
    });
  });

  describe('a report of a round without its number', () => {
    const sameDay = { scheduledStart: '2025-06-02T10:00:00.000Z', source: { publisher: 'Reuters' } };

    it('given round 2 scheduled for that day: corroborates round 2 instead of opening a round 3', () =>
      given([scheduled])
        .when(schedule(sameDay))
        .then([expect.objectContaining({ type: 'SourceAttached', data: expect.objectContaining({ developmentId: scheduled.data.developmentId }) })]));

    it('given round 2 postponed from that day: still corroborates round 2', () => {
      const postponed = { type: 'TalksPostponed' as const, data: { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-04T07:00:00.000Z', previousStart: scheduled.data.scheduledStart, reason: null }, occurredAt: '2025-06-01T00:00:00.000Z' };
      given([scheduled, postponed])
        .when(schedule(sameDay))
        .then([expect.objectContaining({ type: 'SourceAttached', data: expect.objectContaining({ developmentId: scheduled.data.developmentId }) })]);
    });

    it('given round 2 scheduled for that day and no source to add: refuses it rather than open a phantom round', () =>
      given([scheduled])
        .when(schedule({ scheduledStart: sameDay.scheduledStart }))
        .thenThrows(RuleViolation, /round 2 of track russia-ukraine is already scheduled for that day/));
  });

  describe('StartTalks', () => {
    it('starts a scheduled round at the time it began', () =>
      given([scheduled]).when(cmd('StartTalks', started.data)).then([started]));

    it('refuses a round that was never scheduled', () =>
      given([scheduled])
        .when(cmd('StartTalks', { ...started.data, round: 3 }))
        .thenThrows(RuleViolation, /round 3 of track russia-ukraine was never scheduled/));

    it('refuses a round that is already in session', () =>
      given([scheduled, started]).when(cmd('StartTalks', started.data)).thenThrows(RuleViolation, /already in session/));
  });

  describe('ConcludeTalks', () => {
    const outcomes = [{ kind: 'prisoner_exchange_agreed' as const, summary: 'all-for-all of the young and the wounded' }];
    const conclude = { trackId: 'russia-ukraine', round: 2, endedAt: '2025-06-02T10:00:00.000Z', outcomes };

    it('concludes a mediated round in session with its outcomes, coded as a meeting at a third location', () =>
      given([scheduled, started])
        .when(cmd('ConcludeTalks', conclude))
        .then([{ type: 'TalksConcluded', data: { ...conclude, cameo: cameoOf('044') }, occurredAt: conclude.endedAt } as TrackEvent]));

    it('codes talks in a third country as a meeting there (044), whoever mediates', () => {
      const unmediated = { ...scheduled, data: { ...scheduled.data, mediators: [] } };
      const [held] = decideTrack(cmd('ConcludeTalks', conclude), [unmediated, started].reduce(evolveTrack, initialTrackState()));
      expect(held.data).toMatchObject({ cameo: { code: '044' } });
    });

    it('codes a round without mediators as a negotiation, unless the request names a code', () => {
      const direct = { ...scheduled, data: { ...scheduled.data, mediators: [], hostCountry: null } };
      const [held] = decideTrack(cmd('ConcludeTalks', conclude), [direct, started].reduce(evolveTrack, initialTrackState()));
      expect(held.data).toMatchObject({ cameo: { code: '046', goldstein: 7, quadClass: 1 } });
      given([direct, started]).when(cmd('ConcludeTalks', { ...conclude, cameoCode: '999' })).thenThrows(InvalidField, /999 is not a CAMEO event code/);
    });

    it("codes a mediated round hosted by one of the parties as a negotiation (046)", () => {
      const inKyiv = { ...scheduled, data: { ...scheduled.data, city: 'Kyiv', hostCountry: 'UKR' } };
      const [held] = decideTrack(cmd('ConcludeTalks', conclude), [inKyiv, started].reduce(evolveTrack, initialTrackState()));
      expect(held.data).toMatchObject({ cameo: { code: '046' } });
    });

    it('refuses a round that never started', () =>
      given([scheduled]).when(cmd('ConcludeTalks', conclude)).thenThrows(RuleViolation, /is scheduled, so it cannot be concluded/));

    it('takes another outlet reporting the same end as a source, and refuses the same end with no source of its own', () => {
      const ended = decideTrack(cmd('ConcludeTalks', conclude), [scheduled, started].reduce(evolveTrack, initialTrackState()));
      given([scheduled, started, ...ended])
        .when(cmd('ConcludeTalks', { ...conclude, source: { publisher: 'Reuters' } }))
        .then([expect.objectContaining({ type: 'SourceAttached', data: expect.objectContaining({ source: { publisher: 'Reuters' } }) })]);
      given([scheduled, started, ...ended]).when(cmd('ConcludeTalks', conclude)).thenThrows(RuleViolation, /has already concluded, so it cannot be concluded/);
    });

    it('refuses an end before the start, naming endedAt', () => {
      const early = { ...conclude, endedAt: '2025-06-02T08:00:00.000Z' };
      given([scheduled, started]).when(cmd('ConcludeTalks', early)).thenThrows(InvalidField, /must not be before the round started/);
      expect(() => decideTrack(cmd('ConcludeTalks', early), [scheduled, started].reduce(evolveTrack, initialTrackState()))).toThrow(
        expect.objectContaining({ field: 'endedAt' }),
      );
    });
  });

  describe('BreakOffTalks', () => {
    const breakOff = { trackId: 'russia-ukraine', round: 2, endedAt: '2025-06-02T09:40:00.000Z', reason: 'a delegation walked out' };
    const brokenOff: TrackEvent = { type: 'TalksBrokenOff', data: { ...breakOff, cameo: cameoOf('164') }, occurredAt: breakOff.endedAt };

    it('given a round in session: breaks it off with its reason, coded 164 (halt negotiations, Goldstein −7)', () => {
      given([scheduled, started]).when(cmd('BreakOffTalks', breakOff)).then([brokenOff]);
      expect(cameoOf('164').goldstein).toBeLessThan(0);
    });

    it('given a round only scheduled: refuses, since only talks in session can break off', () =>
      given([scheduled]).when(cmd('BreakOffTalks', breakOff)).thenThrows(RuleViolation, /is scheduled, so it cannot be broken off/));

    it('given a round broken off: refuses to conclude it, and takes another outlet reporting the same break-off as a source', () => {
      given([scheduled, started, brokenOff])
        .when(cmd('ConcludeTalks', { trackId: 'russia-ukraine', round: 2, endedAt: '2025-06-02T10:00:00.000Z', outcomes: [] }))
        .thenThrows(RuleViolation, /broke off, so it cannot be concluded/);
      given([scheduled, started, brokenOff])
        .when(cmd('ConcludeTalks', { trackId: 'russia-ukraine', round: 2, endedAt: breakOff.endedAt, outcomes: [], source: { publisher: 'Reuters' } }))
        .thenThrows(RuleViolation, /broke off, so it cannot be concluded/);
      given([scheduled, started, brokenOff])
        .when(cmd('BreakOffTalks', { ...breakOff, source: { publisher: 'Reuters' } }))
        .then([expect.objectContaining({ type: 'SourceAttached' })]);
    });

    it('refuses an end before the start, naming endedAt', () =>
      expect(() => decideTrack(cmd('BreakOffTalks', { ...breakOff, endedAt: '2025-06-02T08:00:00.000Z' }), [scheduled, started].reduce(evolveTrack, initialTrackState()))).toThrow(
        expect.objectContaining({ field: 'endedAt' }),
      ));
  });

  describe('PostponeTalks and CancelTalks', () => {
    it('moves a scheduled round and remembers the start it replaces', () =>
      given([scheduled])
        .when(cmd('PostponeTalks', { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-03T07:00:00.000Z', reason: 'late delegation', announcedAt: '2025-06-01T00:00:00.000Z' }))
        .then([
          {
            type: 'TalksPostponed',
            data: { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-03T07:00:00.000Z', previousStart: scheduled.data.scheduledStart, reason: 'late delegation' },
            occurredAt: '2025-06-01T00:00:00.000Z',
          },
        ]));

    it('refuses a postponement to the same or an earlier start', () => {
      for (const start of [scheduled.data.scheduledStart, '2025-06-01T07:00:00.000Z']) {
        given([scheduled])
          .when(cmd('PostponeTalks', { trackId: 'russia-ukraine', round: 2, scheduledStart: start }))
          .thenThrows(RuleViolation, /is scheduled for 2025-06-02T07:00:00.000Z; a postponement must move it later/);
      }
    });

    it('refuses a postponement announced after the new start, naming announcedAt', () =>
      expect(() =>
        decideTrack(
          cmd('PostponeTalks', { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-03T07:00:00.000Z', announcedAt: '2025-06-04T00:00:00.000Z' }),
          [scheduled].reduce(evolveTrack, initialTrackState()),
        ),
      ).toThrow(expect.objectContaining({ field: 'announcedAt' })));

    it('keeps the first announced start through a postponement', () => {
      const [postponed] = decideTrack(cmd('PostponeTalks', { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-02T12:00:00.000Z' }), [scheduled].reduce(evolveTrack, initialTrackState()));
      const state = [scheduled, postponed as TrackEvent].reduce(evolveTrack, initialTrackState());
      expect(state.rounds[2]).toMatchObject({ scheduledStart: '2025-06-02T12:00:00.000Z', originalScheduledStart: scheduled.data.scheduledStart });
    });

    it('refuses to postpone a round that is in session', () =>
      given([scheduled, started])
        .when(cmd('PostponeTalks', { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-03T07:00:00.000Z' }))
        .thenThrows(RuleViolation, /already in session, so it cannot be postponed/));

    it('cancels a scheduled round', () =>
      given([scheduled])
        .when(cmd('CancelTalks', { trackId: 'russia-ukraine', round: 2, announcedAt: '2025-06-01T00:00:00.000Z' }))
        .then([{ type: 'TalksCancelled', data: { trackId: 'russia-ukraine', round: 2, reason: null }, occurredAt: '2025-06-01T00:00:00.000Z' }]));

    it('refuses to cancel a concluded round', () =>
      given([scheduled, started, { type: 'TalksConcluded', data: { trackId: 'russia-ukraine', round: 2, endedAt: '2025-06-02T10:00:00.000Z', outcomes: [], cameo: cameoOf('046') }, occurredAt: '2025-06-02T10:00:00.000Z' }])
        .when(cmd('CancelTalks', { trackId: 'russia-ukraine', round: 2 }))
        .thenThrows(RuleViolation, /has already concluded, so it cannot be cancelled/));

    it('refuses to cancel a round that was never scheduled', () =>
      given([]).when(cmd('CancelTalks', { trackId: 'russia-ukraine', round: 1 })).thenThrows(RuleViolation, /never scheduled/));
  });

  describe('dates later than the command is recorded', () => {
    const later = '2025-06-05T00:06:00.000Z';
    const fieldOf = (command: TrackCommand, history: TrackEvent[]) => {
      try {
        decideTrack(command, history.reduce(evolveTrack, initialTrackState()));
      } catch (error) {
        return error instanceof InvalidField ? error.field : String(error);
      }
      return 'accepted';
    };

    it('given a round scheduled to start ahead, announced now: accepts it', () =>
      given([]).when(schedule({ scheduledStart: '2025-09-01T10:00:00.000Z' })).then([expect.objectContaining({ type: 'TalksScheduled', occurredAt: now })]));

    it('given an announcement, a start or an end after now: refuses each, naming its field', () => {
      const round = { trackId: 'russia-ukraine', round: 2 };
      expect({
        schedule: fieldOf(schedule({ announcedAt: later }), []),
        start: fieldOf(cmd('StartTalks', { ...round, startedAt: later }), [scheduled]),
        conclude: fieldOf(cmd('ConcludeTalks', { ...round, endedAt: later, outcomes: [] }), [scheduled, started]),
        postpone: fieldOf(cmd('PostponeTalks', { ...round, scheduledStart: '2025-09-01T10:00:00.000Z', announcedAt: later }), [scheduled]),
        cancel: fieldOf(cmd('CancelTalks', { ...round, announcedAt: later }), [scheduled]),
      }).toEqual({ schedule: 'announcedAt', start: 'startedAt', conclude: 'endedAt', postpone: 'announcedAt', cancel: 'announcedAt' });
    });
  });

  describe('corrections and retractions of a round', () => {
    const id = talksDevelopmentId('russia-ukraine', 2);

    it('retracts a round, freeing its number to be scheduled again', () => {
      const retracted = decideTrack(cmd('RetractDevelopment', { developmentId: id, reason: 'misreported' }), [scheduled].reduce(evolveTrack, initialTrackState()));
      expect(retracted).toEqual([
        { type: 'DevelopmentRetracted', data: { developmentId: id, kind: 'talks', trackId: 'russia-ukraine', reason: 'misreported' }, occurredAt: now },
      ]);
      given([scheduled, ...retracted]).when(schedule({ round: 2 })).then([expect.objectContaining({ type: 'TalksScheduled' })]);
    });

    it('refuses to correct a round that is not on the track', () =>
      given([scheduled])
        .when(cmd('CorrectDevelopment', { developmentId: talksDevelopmentId('russia-ukraine', 9), changes: { summary: 'x' }, reason: null }))
        .thenThrows(RuleViolation, /is not recorded/));

    it('refuses to correct when a round took place, pointing to the commands that change it', () =>
      given([scheduled])
        .when(cmd('CorrectDevelopment', { developmentId: id, changes: { occurredAt: '2025-06-03T09:00:00Z' }, reason: null }))
        .thenThrows(InvalidField, /occurredAt.*postpone, start and conclude|postpone, start and conclude/));
  });
});
