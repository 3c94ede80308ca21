import { DocumentReader } from '../document-query';
import { REGISTERED_ACTORS } from '../actors/actors.projection';

/** A backer's support of a group, from one moment and until another (open while it holds). */
export interface Backing {
  readonly group: string;
  readonly backer: string;
  readonly from: string;
  readonly until: string | null;
}

interface BackedActor {
  readonly code: string;
  readonly backing?: readonly { backer: string; from: string; until?: string | null }[];
}

const instant = (at: string) => new Date(at).toISOString();

/** Every backing Parley knows of, as registered with the actors: few, so read whole. */
export async function backingsOf(reader: DocumentReader): Promise<Backing[]> {
  const actors = await reader.find<BackedActor>(REGISTERED_ACTORS, { where: [], orderBy: [] });
  return actors.flatMap(({ code, backing = [] }) =>
    backing.map(({ backer, from, until }) => ({ group: code, backer, from: instant(from), until: until ? instant(until) : null })),
  );
}
