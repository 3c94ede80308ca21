/**
 * Actors are upper-case codes: ISO 3166-1 alpha-3 for states (RUS, UKR), short codes for
 * organisations (NATO, EU) and people (PUTIN).
 */
export const ACTOR_CODE = /^[A-Z][A-Z0-9_]{1,15}$/;

export const isActorCode = (code: string): boolean => ACTOR_CODE.test(code);

/** The unordered pair of two actors, alphabetical: RUS-USA. */
export const dyadOf = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

type Parties = { readonly actors: readonly string[]; readonly targets: readonly string[] };

/** Who acts on whom: each actor on each target; with no targets, actors acting together, each on each other. */
const directed = ({ actors, targets }: Parties): [string, string][] =>
  actors.flatMap((a) => (targets.length > 0 ? targets : actors).filter((b) => b !== a).map((b): [string, string] => [a, b]));

/**
 * The dyads a development falls in: each actor with each target; with no targets, every pair of its
 * actors (a ceasefire between its parties, a joint summit). An actor is never in a dyad with itself.
 */
export const dyadsOf = (parties: Parties): string[] => [...new Set(directed(parties).map(([a, b]) => dyadOf(a, b)))];

/** The directed pairs of those dyads (UKR>RUS): actor > target, or both ways between actors acting together. */
export const pairsOf = (parties: Parties): string[] => [...new Set(directed(parties).map(([a, b]) => `${a}>${b}`))];
