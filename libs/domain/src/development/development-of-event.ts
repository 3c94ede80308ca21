import { ParleyEvent } from '../events';
import { talksDevelopmentId } from './development-id';

/** The development an event records or changes: what every write answers with as `id`. */
export function developmentOfEvent(event: ParleyEvent): string | null {
  switch (event.type) {
    case 'TalksStarted':
    case 'TalksConcluded':
    case 'TalksBrokenOff':
    case 'TalksPostponed':
    case 'TalksCancelled':
      return talksDevelopmentId(event.data.trackId, event.data.round);
    case 'ActorRegistered':
      return null;
    default:
      return event.data.developmentId;
  }
}
