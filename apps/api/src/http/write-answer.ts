import { AppendResult } from '@parley/event-store';

/** What every write answers with 201. */
export interface WriteAnswer {
  streamId: string;
  streamVersion: number;
  position: number;
  eventIds: string[];
}

export const toWriteAnswer = ({ streamId, streamVersion, position, eventIds }: AppendResult): WriteAnswer => ({
  streamId,
  streamVersion,
  position,
  eventIds,
});
