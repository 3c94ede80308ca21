import { BackingPeriod } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { ACTOR_BACKINGS, ActorBackingView } from '../actors/actor-backings.projection';

/** One backer's time behind a group, as the tension index reads it. */
export interface GroupBacking {
  readonly group: string;
  readonly backer: string;
  readonly from: string;
  readonly until: string | null;
}

const instant = (at: string) => new Date(at).toISOString();

const periodOf = (group: string, { backer, from, until }: BackingPeriod): GroupBacking => ({
  group,
  backer,
  from: instant(from),
  until: until ? instant(until) : null,
});

/** Every backing Parley knows of: few, so read whole. */
export async function backingsOf(reader: DocumentReader): Promise<GroupBacking[]> {
  const backed = await reader.find<ActorBackingView>(ACTOR_BACKINGS, { where: [], orderBy: [] });
  return backed.flatMap(({ code, history }) => history.map((period) => periodOf(code, period)));
}
