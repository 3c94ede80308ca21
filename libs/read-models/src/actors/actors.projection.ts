import { Actor } from '@parley/domain';
import { Projection } from '../projection';

export const REGISTERED_ACTORS = 'registered-actors';

/** The actors registered over the API; the built-in ones live in the domain. */
export const registeredActorsProjection: Projection<Actor> = {
  name: REGISTERED_ACTORS,
  version: 1,
  filterable: [],
  documentIds: (event) => (event.type === 'ActorRegistered' ? [event.data.code] : []),
  evolve: (doc, event) => (event.type === 'ActorRegistered' ? event.data : doc),
};
