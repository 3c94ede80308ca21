import { v5 as uuidv5 } from 'uuid';

/** Parley's namespace for name-based ids: the same development reported twice gets the same id. */
const DEVELOPMENT_NAMESPACE = '6f1d2c1e-5b0a-4c7e-9e57-3a8f0d4b2c61';

export interface DevelopmentIdentity {
  readonly kind: string;
  readonly actor: string;
  /** Several actors acting together; one actor alone keys by `actor`, as every id did before. */
  readonly actors?: readonly string[];
  readonly targets: readonly string[];
  readonly cameoCode: string;
  readonly occurredAt: string;
  /** Statements: two different things said on one day by one actor are two developments. */
  readonly quote?: string;
}

const normalised = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Same kind, actors, code and day: one development, whoever reports it. */
export function developmentIdFor({ kind, actor, actors = [actor], targets, cameoCode, occurredAt, quote }: DevelopmentIdentity): string {
  const acting = actors.length > 1 ? [...new Set(actors)].sort().join('+') : actor;
  const key = [kind, acting, [...new Set(targets)].sort().join(','), cameoCode, occurredAt.slice(0, 10)];
  return uuidv5([...key, ...(quote === undefined ? [] : [normalised(quote)])].join('|'), DEVELOPMENT_NAMESPACE);
}

/** A round of talks is one development, whatever happens to it later. */
export const talksDevelopmentId = (trackId: string, round: number): string =>
  uuidv5(`talks|${trackId}|${round}`, DEVELOPMENT_NAMESPACE);
