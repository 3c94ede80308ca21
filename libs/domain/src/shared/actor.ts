/**
 * Actors are upper-case codes: ISO 3166-1 alpha-3 for states (RUS, UKR), short codes for
 * organisations (NATO, EU) and people (PUTIN).
 */
export const ACTOR_CODE = /^[A-Z][A-Z0-9_]{1,15}$/;

export const isActorCode = (code: string): boolean => ACTOR_CODE.test(code);

/** The unordered pair of two actors, alphabetical: RUS-USA. */
export const dyadOf = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);
