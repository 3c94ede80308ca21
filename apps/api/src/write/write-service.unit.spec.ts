import { ParleyEvent, RuleViolation, TalksScheduled, cameoOf, trackDecider, trackStreamId } from '@parley/domain';
import { AppendOptions, AppendResult, InMemoryEventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { WriteCommand, WriteService } from './write-service';

class StartTalksCommand extends WriteCommand<null> {}

const scheduled = (round: number): TalksScheduled => ({
  type: 'TalksScheduled',
  data: { developmentId: `round-${round}`, trackId: 'armenia-azerbaijan', round, parties: ['ARM', 'AZE'], mediators: [], format: 'call', city: null, venue: null, hostCountry: null, scheduledStart: '2025-03-13T10:00:00.000Z', cameo: cameoOf('036') },
  occurredAt: '2025-03-13T10:00:00.000Z',
});
const start = (round: number) => ({ type: 'StartTalks' as const, data: { trackId: 'armenia-azerbaijan', round, startedAt: '2025-03-13T10:05:00Z' }, metadata: { now: '2025-03-14T00:00:00Z' } });
const context = { now: '2025-03-14T00:00:00Z', metadata: {} };

/** A store another process writes to: just before this append, it appends to the same stream. */
class RacedStore extends InMemoryEventStore {
  races = 1;
  override async append(streamId: string, expectedVersion: number, events: readonly ParleyEvent[], options: AppendOptions): Promise<AppendResult> {
    if (this.races-- > 0) await super.append(streamId, expectedVersion, [scheduled(2)], { metadata: {} });
    return super.append(streamId, expectedVersion, events, options);
  }
}

describe('the write service', () => {
  const counted = jest.fn();
  const metrics = { commands: { inc: counted } } as unknown as ParleyMetrics;
  let store: RacedStore;
  let writes: WriteService;
  const handle = (round: number, expectedVersion?: number) =>
    writes.handle(new StartTalksCommand(null, { ...context, ...(expectedVersion === undefined ? {} : { expectedVersion }) }), () => ({
      streamId: trackStreamId('armenia-azerbaijan'),
      decider: trackDecider,
      command: start(round),
    }));

  beforeEach(async () => {
    counted.mockClear();
    store = new RacedStore();
    store.races = 0;
    await store.append(trackStreamId('armenia-azerbaijan'), 0, [scheduled(1)], { metadata: {} });
    writes = new WriteService(store, metrics);
  });

  it('decides again on the new history when another process appended first, and counts the command accepted', async () => {
    store.races = 1;
    const answer = await handle(1);
    expect(answer).toMatchObject({ streamVersion: 3, id: expect.any(String) });
    expect((await store.readStream(trackStreamId('armenia-azerbaijan'))).map((e) => e.type)).toEqual(['TalksScheduled', 'TalksScheduled', 'TalksStarted']);
    expect(counted).toHaveBeenCalledWith({ command: 'StartTalks', outcome: 'accepted' });
  });

  it('does not decide again when the client pinned the version it saw: a conflict', async () => {
    store.races = 1;
    await expect(handle(1, 1)).rejects.toThrow(/moved past version 1|is at version 2/);
    expect(counted).toHaveBeenCalledWith({ command: 'StartTalks', outcome: 'conflict' });
  });

  it('counts a command the rules refuse as refused', async () => {
    await expect(handle(7)).rejects.toThrow(RuleViolation);
    expect(counted).toHaveBeenCalledWith({ command: 'StartTalks', outcome: 'refused' });
    expect((await store.readStream(trackStreamId('armenia-azerbaijan'))).map((e) => e.type)).toEqual(['TalksScheduled']);
  });
});
