import { Actor, BUILT_IN_ACTORS, builtInActor } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { REGISTERED_ACTORS } from './actors.projection';

const byCode = (a: Actor, b: Actor) => a.code.localeCompare(b.code);

/** Every actor Parley knows: built in, or registered since. */
export async function listActors(reader: DocumentReader, filter: { type?: Actor['type'] }): Promise<Actor[]> {
  const registered = await reader.find<Actor>(REGISTERED_ACTORS, { where: [], orderBy: [] });
  return [...BUILT_IN_ACTORS.values(), ...registered].filter((a) => !filter.type || a.type === filter.type).sort(byCode);
}

export async function getActor(reader: DocumentReader, code: string): Promise<Actor | null> {
  return builtInActor(code) ?? reader.get<Actor>(REGISTERED_ACTORS, code);
}
