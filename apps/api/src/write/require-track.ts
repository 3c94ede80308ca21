import { trackStreamId } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { UnknownReference } from '../http/problem';

/** A development placed on a track needs the track to exist: a slip in its id would file it on none. */
export async function requireTrack(store: EventStore, trackId: string | null | undefined): Promise<void> {
  if (!trackId || (await store.readStream(trackStreamId(trackId))).length > 0) return;
  throw new UnknownReference([
    { field: 'trackId', message: `there is no negotiation track ${trackId}; a track begins with its first round, POST /api/v1/negotiations/${trackId}/rounds` },
  ]);
}
