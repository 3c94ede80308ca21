import { v5 as uuidv5 } from 'uuid';

/** Parley's namespace for name-based ids. */
const DEVELOPMENT_NAMESPACE = '6f1d2c1e-5b0a-4c7e-9e57-3a8f0d4b2c61';

/** A round of talks is one development, whatever happens to it later. */
export const talksDevelopmentId = (trackId: string, round: number): string =>
  uuidv5(`talks|${trackId}|${round}`, DEVELOPMENT_NAMESPACE);
