import { ParleyEvent, RecordedEvent } from '@parley/domain';

/** Wraps domain events as the log would record them, one position after another. */
export const recorded = (events: ParleyEvent[], streamOf: (e: ParleyEvent) => string = (e) => e.type): RecordedEvent[] => {
  const versions = new Map<string, number>();
  return events.map((event, i) => {
    const streamId = streamOf(event);
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    return {
      ...event,
      eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      schemaVersion: 1,
      streamId,
      streamVersion,
      position: i + 1,
      recordedAt: '2025-06-05T00:00:00.000Z',
      metadata: { source: { publisher: 'Al-Ahram Weekly' } },
    } as RecordedEvent;
  });
};
