/**
 * Commands and events are discriminated unions on `type`, as in Emmett:
 * plain data, so they serialise as they are and `switch (x.type)` narrows them.
 */
export interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  /** The clock is an input: `decide` never reads it itself, so it stays pure and testable. */
  readonly metadata: { readonly now: string };
}

export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  /** When it happened in the world. When Parley learned it is the store's business (recordedAt). */
  readonly occurredAt: string;
}
