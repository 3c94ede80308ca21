import { Decider } from '../src/shared/decider';

/** Given / when / then for a decider, as Emmett's DeciderSpecification: events in, command, events or error out. */

export const deciderSpec =
  <C, E, S>(decider: Decider<C, E, S>) =>
  (history: E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: E[]) => expect(run()).toEqual(expected),
        thenThrows: (errorType: new (...args: never[]) => Error, message: RegExp) => {
          expect(run).toThrow(errorType);
          expect(run).toThrow(message);
        },
      };
    },
  });
