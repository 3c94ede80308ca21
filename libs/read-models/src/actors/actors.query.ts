import { Actor, BUILT_IN_ACTORS, BackingPeriod, backersOf, builtInActor } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { ACTOR_BACKINGS, ActorBackingView } from './actor-backings.projection';
import { REGISTERED_ACTORS } from './actors.projection';

/** An actor with who backs it at the moment read, and every backing recorded. */
export type ActorView = Actor & { readonly backedBy: string[]; readonly backing: readonly BackingPeriod[] };

const byCode = (a: Actor, b: Actor) => a.code.localeCompare(b.code);

const withBacking = (actor: Actor, backing: ActorBackingView | null | undefined, at: string): ActorView => {
  const history = backing?.history ?? [];
  return { ...actor, backedBy: backersOf(history, at), backing: history };
};

/** Every actor Parley knows: built in, or registered since; backers as they stood `at`. */
export async function listActors(reader: DocumentReader, filter: { type?: Actor['type']; at: string }): Promise<ActorView[]> {
  const [registered, backings] = await Promise.all([
    reader.find<Actor>(REGISTERED_ACTORS, { where: [], orderBy: [] }),
    reader.find<ActorBackingView>(ACTOR_BACKINGS, { where: [], orderBy: [] }),
  ]);
  const backingOf = new Map(backings.map((b) => [b.code, b]));
  return [...BUILT_IN_ACTORS.values(), ...registered]
    .filter((a) => !filter.type || a.type === filter.type)
    .sort(byCode)
    .map((actor) => withBacking(actor, backingOf.get(actor.code), filter.at));
}

/** One actor, with its backers `at` that moment (now unless given). */
export async function getActor(reader: DocumentReader, code: string, at = new Date().toISOString()): Promise<ActorView | null> {
  const actor = builtInActor(code) ?? (await reader.get<Actor>(REGISTERED_ACTORS, code));
  return actor && withBacking(actor, await reader.get<ActorBackingView>(ACTOR_BACKINGS, code), at);
}
