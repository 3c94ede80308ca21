import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { getTrackStatus, listTrackStatuses } from './negotiation-status.query';

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

  it('applies a postponement to the start the delay is measured against', async () => {
    const [exchange, scheduled, started] = istanbulEvents;
    const postponed = {
      type: 'TalksPostponed' as const,
      data: { trackId: 'russia-ukraine', round: 2, scheduledStart: '2025-06-02T08:00:00.000Z', previousStart: '2025-06-02T07:00:00.000Z', reason: null },
      occurredAt: '2025-06-01T00:00:00.000Z',
    };
    const documents = InMemoryDocuments.fold(PROJECTIONS, recorded([exchange, scheduled, postponed, started]));
    expect((await getTrackStatus(documents, 'russia-ukraine'))?.lastRound?.delayMinutes).toBe(60);
  });
});
