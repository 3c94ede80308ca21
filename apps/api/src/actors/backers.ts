import { actorList } from '../http/schemas';
import { ActorDirectory } from '../write/actor-directory';

/** Backers as a request names them: known actors, never a person. */
export const backersField = actorList.max(20);

/** Refuses an unknown backer or a person as one, each named by its field. */
export async function requireBackers(directory: ActorDirectory, backedBy: readonly string[]): Promise<void> {
  (await directory.require({ backedBy })).refusePeople({ backedBy });
}
