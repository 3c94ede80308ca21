import { ParleyEvent, developmentOfEvent } from '@parley/domain';
import { AppendResult } from '@parley/event-store';

/** What every write answers with 201. */
export interface WriteAnswer {
  /** The development the write recorded or changed. */
  id?: string;
  /** True when the write was a second report of a development already recorded: its source was attached. */
  sourceAttached: boolean;
  streamId: string;
  streamVersion: number;
  position: number;
  eventIds: string[];
}

export const toWriteAnswer = (
  { streamId, streamVersion, position, eventIds }: AppendResult,
  events: readonly ParleyEvent[],
): WriteAnswer => {
  const id = events[0] && developmentOfEvent(events[0]);
  return {
    ...(id ? { id } : {}),
    sourceAttached: events.some((e) => e.type === 'SourceAttached'),
    streamId,
    streamVersion,
    position,
    eventIds,
  };
};
