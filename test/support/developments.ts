import { ParleyEvent, PrisonerExchangeRecorded, RecordPrisonerExchange, exchangeDecider, exchangeStreamId } from '@parley/domain';
import { EventStore } from '@parley/event-store';

const DAY_MS = 86_400_000;

/** The i-th of many prisoner exchanges, one a day over five tracks, with counts that differ per event. */
export function exchangeEvent(i: number): [string, ParleyEvent] {
  const occurredAt = new Date(Date.UTC(2020, 0, 1) + i * DAY_MS).toISOString();
  const report = {
    occurredAt,
    returned: [
      { to: 'RUS', count: (i % 97) + 1 },
      { to: 'UKR', count: (i % 89) + 1 },
    ],
    category: 'pow' as const,
    mediators: [],
    trackId: `track-${i % 5}`,
    source: null,
    cameoCode: null,
  };
  // Each on a stream of its own: an empty stream decides a report as a new exchange.
  const claim = { identityStream: `seeded-${i}`, corroborates: null, distinct: false };
  const command: RecordPrisonerExchange = { type: 'RecordPrisonerExchange', data: { ...report, ...claim }, metadata: { now: occurredAt } };
  const [event] = exchangeDecider.decide(command, exchangeDecider.initialState()) as [PrisonerExchangeRecorded];
  return [exchangeStreamId(event.data.developmentId), event];
}

/** Appends `count` exchanges straight to the store, `concurrency` at a time: a backlog in seconds. */
export async function appendDevelopments(store: EventStore, count: number, concurrency = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const [streamId, event] = exchangeEvent(i);
        await store.append(streamId, 0, [event], { metadata: { writtenBy: 'test' } });
      }
    }),
  );
}
