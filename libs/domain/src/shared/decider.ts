/**
 * How every stream of Parley decides, as Emmett's Decider: a command and the state folded from the
 * stream's events give the new events. The write side runs it on a stream; specifications run it on
 * a list of events.
 */
export interface Decider<C, E, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}
