import { ReadAllFilter } from '@parley/event-store';

type FilterFields = { stream?: string; type?: string; actor?: string; from?: string; to?: string };

/** The request's filter fields as the store's filter. */
export const toReadAllFilter = ({ stream, type, actor, from, to }: FilterFields): Omit<ReadAllFilter, 'after' | 'limit'> => ({
  streamId: stream,
  type,
  actor,
  occurredFrom: from,
  occurredTo: to,
});
