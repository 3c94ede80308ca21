import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';
import { Actor, builtInActor } from './built-in-actors';

export type RegisterActor = Command<'RegisterActor', Actor>;
export type ActorRegistered = DomainEvent<'ActorRegistered', Actor>;

export const actorStreamId = (code: string): string => `actor-${code}`;

export interface ActorState {
  readonly registered: Actor | null;
}

export const initialActorState = (): ActorState => ({ registered: null });

export const evolveActor = (_state: ActorState, event: ActorRegistered): ActorState => ({ registered: event.data });

/** Adds an actor the registry did not know; a code means one actor for good. */
export function decideActor(command: RegisterActor, state: ActorState): ActorRegistered[] {
  const { code } = command.data;
  if (builtInActor(code) || state.registered) {
    throw new RuleViolation('actor-code-taken', `actor ${code} is already known`);
  }
  if (command.data.type === 'person' && !command.data.country) {
    throw new InvalidField('country', 'must name the country a person acts for');
  }
  return [{ type: 'ActorRegistered', data: { ...command.data }, occurredAt: command.metadata.now }];
}

export const actorDecider = { decide: decideActor, evolve: evolveActor, initialState: initialActorState };
