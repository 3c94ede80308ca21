import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';
import { requireRecordedAfter } from '../development/recorded-dates';
import { ActorBackingChanged, ChangeBacking, checkBacking } from './actor-backing';
import { Actor, builtInActor } from './built-in-actors';

/** A new actor, and who backs it from the moment it is registered. */
export type RegisterActor = Command<'RegisterActor', Actor & { readonly backedBy: string[] }>;
export type ActorRegistered = DomainEvent<'ActorRegistered', Actor>;
export type ActorCommand = RegisterActor | ChangeBacking;
export type ActorEvent = ActorRegistered | ActorBackingChanged;

export const actorStreamId = (code: string): string => `actor-${code}`;

export interface ActorState {
  readonly registered: Actor | null;
}

export const initialActorState = (): ActorState => ({ registered: null });

export const evolveActor = (state: ActorState, event: ActorEvent): ActorState =>
  event.type === 'ActorRegistered' ? { registered: event.data } : state;

/** Adds an actor the registry did not know; a code means one actor for good. */
function register(command: RegisterActor, state: ActorState): ActorEvent[] {
  const { backedBy, ...actor } = command.data;
  if (builtInActor(actor.code) || state.registered) {
    throw new RuleViolation('actor-code-taken', `actor ${actor.code} is already known`);
  }
  if (actor.type === 'person' && !actor.country) {
    throw new InvalidField('country', 'must name the country a person acts for');
  }
  const registered: ActorRegistered = { type: 'ActorRegistered', data: actor, occurredAt: command.metadata.now };
  if (backedBy.length === 0) return [registered];
  return [registered, ...changeBacking({ type: 'ChangeBacking', data: { code: actor.code, backedBy, effectiveAt: command.metadata.now }, metadata: command.metadata })];
}

/** A change of backing happens in the world at its effective date, so as-of reads see it from then on. */
function changeBacking(command: ChangeBacking): ActorBackingChanged[] {
  checkBacking(command.data);
  requireRecordedAfter('effectiveAt', command.data.effectiveAt, 'exact', command.metadata.now);
  return [{ type: 'ActorBackingChanged', data: { ...command.data }, occurredAt: command.data.effectiveAt }];
}

export const decideActor = (command: ActorCommand, state: ActorState): ActorEvent[] =>
  command.type === 'RegisterActor' ? register(command, state) : changeBacking(command);

export const actorDecider = { decide: decideActor, evolve: evolveActor, initialState: initialActorState };
