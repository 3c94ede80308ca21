import { Backing, BackingPeriod, backingHistory } from '@parley/domain';
import { Projection } from '../projection';

export const ACTOR_BACKINGS = 'actor-backings';

export interface ActorBackingView {
  readonly code: string;
  /** Every change recorded, so one recorded late still takes its place by date. */
  readonly changes: readonly Backing[];
  readonly history: readonly BackingPeriod[];
}

/** Who backs each actor and since when, as the changes recorded so far make it. */
export const actorBackingsProjection: Projection<ActorBackingView> = {
  name: ACTOR_BACKINGS,
  version: 1,
  filterable: [],
  documentIds: (event) => (event.type === 'ActorBackingChanged' ? [event.data.code] : []),
  evolve: (doc, event) => {
    if (event.type !== 'ActorBackingChanged') return doc;
    const changes = [...(doc?.changes ?? []), event.data];
    return { code: event.data.code, changes, history: backingHistory(changes) };
  },
};
