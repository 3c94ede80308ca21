import { ParleyEvent, cameoOf } from '@parley/domain';
import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { getTrackRounds, getTrackStatus, listTrackStatuses } from './negotiation-status.query';

const fold = (n = istanbulEvents.length) => InMemoryDocuments.fold(PROJECTIONS, recorded(istanbulEvents.slice(0, n)));

describe('negotiation status read model', () => {
  it('given the round concluded: concluded, 120 minutes late, 60 minutes long, 307 returned each way', async () => {
    expect(await getTrackStatus(fold(), 'russia-ukraine')).toMatchObject({
      status: 'concluded',
      roundsHeld: 1,
      lastRound: { round: 2, delayMinutes: 120, durationMinutes: 60, endedAt: '2025-06-02T10:00:00.000Z' },
      nextRound: null,
      prisonerExchanges: { count: 1, returned: { RUS: 307, UKR: 307 } },
      lastDevelopmentAt: '2025-06-02T10:00:00.000Z',
      position: 4,
    });
  });

  it('given the round only scheduled: scheduled, with no round held and the round as the next one', async () => {
    expect(await getTrackStatus(fold(2), 'russia-ukraine')).toMatchObject({
      status: 'scheduled',
      roundsHeld: 0,
      lastRound: null,
      nextRound: { round: 2, city: 'Istanbul', scheduledStart: '2025-06-02T07:00:00.000Z' },
    });
  });

  it('given the round in session: in session with its delay but no duration yet', async () => {
    expect(await getTrackStatus(fold(3), 'russia-ukraine')).toMatchObject({
      status: 'in_session',
      lastRound: { delayMinutes: 120, durationMinutes: null },
    });
  });

  it('does not list a track known only from an exchange filed under it', async () => {
    const documents = fold(1);
    expect(await getTrackStatus(documents, 'russia-ukraine')).toBeNull();
    expect(await listTrackStatuses(documents)).toEqual([]);
  });

  it('given a round started and concluded whose scheduling a clock filtered out: no track, and no crash', async () => {
    const [, , started, concluded] = istanbulEvents;
    const documents = InMemoryDocuments.fold(PROJECTIONS, recorded([started, concluded]));
    expect(await getTrackStatus(documents, 'russia-ukraine')).toBeNull();
    expect(await listTrackStatuses(documents)).toEqual([]);
  });

  describe('given the round postponed by an hour, then held', () => {
    const [exchange, scheduled, started] = istanbulEvents;
    const postponed: ParleyEvent = {
      type: 'TalksPostponed',
      data: { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-02T08:00:00.000Z', previousStart: '2025-06-02T07:00:00.000Z', reason: 'delegation late' },
      occurredAt: '2025-06-01T00:00:00.000Z',
    };
    const documents = () => InMemoryDocuments.fold(PROJECTIONS, recorded([exchange, scheduled, postponed, started]));

    it('measures the delay from the start first announced, not the postponed one', async () => {
      expect((await getTrackStatus(documents(), 'russia-ukraine'))?.lastRound).toMatchObject({
        delayMinutes: 120,
        scheduledStart: '2025-06-02T08:00:00.000Z',
        originalScheduledStart: '2025-06-02T07:00:00.000Z',
      });
    });

    it('lists the round with its first schedule and the postponement, its reason and when it was announced', async () => {
      expect(await getTrackRounds(documents(), 'russia-ukraine')).toMatchObject({
        trackId: 'russia-ukraine',
        names: { RUS: 'Russian Federation', UKR: 'Ukraine', TUR: 'Türkiye' },
        rounds: [
          {
            round: 2,
            status: 'in_session',
            format: 'in_person',
            originalScheduledStart: '2025-06-02T07:00:00.000Z',
            postponements: [{ from: '2025-06-02T07:00:00.000Z', to: '2025-06-02T08:00:00.000Z', reason: 'delegation late', announcedAt: '2025-06-01T00:00:00.000Z' }],
            startedAt: '2025-06-02T09:00:00.000Z',
            delayMinutes: 120,
            reason: null,
          },
        ],
      });
    });
  });

  it('names a person mediating, built in or registered, as who they are', async () => {
    const [, scheduled] = istanbulEvents as [ParleyEvent, Extract<ParleyEvent, { type: 'TalksScheduled' }>];
    const registered: ParleyEvent = { type: 'ActorRegistered', data: { code: 'BOULOS', name: 'Massad Boulos', type: 'person', country: 'USA' }, occurredAt: '2025-04-01T00:00:00.000Z' };
    const mediated = { ...scheduled, data: { ...scheduled.data, mediators: ['FIDAN', 'BOULOS'] } };
    const status = await getTrackStatus(InMemoryDocuments.fold(PROJECTIONS, recorded([registered, mediated])), 'russia-ukraine');
    expect(status).toMatchObject({ mediators: ['FIDAN', 'BOULOS'], names: { FIDAN: 'Hakan Fidan', BOULOS: 'Massad Boulos', RUS: 'Russian Federation' } });
  });

  describe('phase', () => {
    const [exchange, scheduled, started, concluded] = istanbulEvents;
    const held = [exchange, scheduled, started, concluded];
    const asOf = (days: number) => new Date(Date.parse('2025-06-02T10:00:00.000Z') + days * 86_400_000).toISOString();
    const phaseOf = async (events: ParleyEvent[], at = asOf(1)) =>
      (await getTrackStatus(InMemoryDocuments.fold(PROJECTIONS, recorded(events)), 'russia-ukraine', at))?.phase;
    const agreement = (stage: string, occurredAt: string, developmentId = `agreement-${stage}`): ParleyEvent => ({
      type: 'AgreementRecorded',
      data: {
        developmentId,
        kind: 'agreement',
        actor: 'RUS',
        actors: ['RUS', 'UKR'],
        person: null,
        targets: [],
        occurredAt,
        datePrecision: 'day',
        location: null,
        summary: null,
        magnitude: {},
        trackId: 'russia-ukraine',
        details: { stage: stage as 'signed', title: 'an agreement' },
        cameo: cameoOf('057'),
        source: null,
      },
      occurredAt,
    });
    const brokenOff: ParleyEvent = {
      type: 'TalksBrokenOff',
      data: { trackId: 'russia-ukraine', round: 2, endedAt: '2025-06-02T09:40:00.000Z', reason: 'a delegation walked out', cameo: cameoOf('164') },
      occurredAt: '2025-06-02T09:40:00.000Z',
    };

    it('given a round held a day ago: active; 91 days later with nothing since: stalled', async () => {
      expect(await phaseOf(held)).toBe('active');
      expect(await phaseOf(held, asOf(89))).toBe('active');
      expect(await phaseOf(held, asOf(91))).toBe('stalled');
    });

    it('given an agreement signed on the track: agreement_reached, however long ago; an initialled one changes nothing', async () => {
      expect(await phaseOf([...held, agreement('signed', '2025-06-03T12:00:00.000Z')], asOf(400))).toBe('agreement_reached');
      expect(await phaseOf([...held, agreement('initialled', '2025-06-03T12:00:00.000Z')], asOf(2))).toBe('active');
    });

    it('given the signed agreement retracted: back to what the rounds say', async () => {
      const retracted: ParleyEvent = {
        type: 'DevelopmentRetracted',
        data: { developmentId: 'agreement-signed', kind: 'agreement' as never, trackId: 'russia-ukraine', reason: 'misreported' },
        occurredAt: '2025-06-04T00:00:00.000Z',
      };
      expect(await phaseOf([...held, agreement('signed', '2025-06-03T12:00:00.000Z'), retracted], asOf(2))).toBe('active');
    });

    it('given the last round broken off, or a party withdrawn from the agreement after it was signed: broken_down', async () => {
      const brokenDown = [exchange, scheduled, started, brokenOff];
      expect(await phaseOf(brokenDown)).toBe('broken_down');
      expect(await getTrackStatus(InMemoryDocuments.fold(PROJECTIONS, recorded(brokenDown)), 'russia-ukraine', asOf(1))).toMatchObject({
        status: 'broken_off',
        lastRound: { round: 2, endedAt: '2025-06-02T09:40:00.000Z', durationMinutes: 40 },
      });
      const signedThenWithdrawn = [...held, agreement('signed', '2025-06-03T12:00:00.000Z'), agreement('withdrawn', '2025-08-01T00:00:00.000Z', 'withdrawal')];
      expect(await phaseOf(signedThenWithdrawn, asOf(100))).toBe('broken_down');
    });

    it('given talks broken off and an agreement signed after: agreement_reached', async () =>
      expect(await phaseOf([exchange, scheduled, started, brokenOff, agreement('signed', '2025-06-27T18:00:00.000Z')], asOf(30))).toBe('agreement_reached'));

    it('lists the break-off reason with the round', async () => {
      const rounds = await getTrackRounds(InMemoryDocuments.fold(PROJECTIONS, recorded([exchange, scheduled, started, brokenOff])), 'russia-ukraine');
      expect(rounds?.rounds[0]).toMatchObject({ status: 'broken_off', reason: 'a delegation walked out', endedAt: '2025-06-02T09:40:00.000Z' });
    });
  });
});
