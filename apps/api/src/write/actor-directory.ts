import { Injectable } from '@nestjs/common';
import { Actor, ActorRegistered, RecordedEvent, actingFor, actorStreamId, builtInActor } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { RequestValidationError, UnknownReference } from '../http/problem';

/** Actor codes a request names, by the field that names them: `{ actor: 'PUTIN', targets: ['UKR'] }`. */
export type NamedActors = Record<string, string | readonly string[] | null | undefined>;

/** The sides of a prisoner exchange by field, `returned[0].to`: prisoners go home to a state or a group, never a person. */
export const sidesReturnedTo = (returned: readonly { to: string }[]): NamedActors =>
  Object.fromEntries(returned.map((r, i) => [`returned[${i}].to`, r.to]));

/** Each code with the field that names it: `targets[1]`. */
const byField = (named: NamedActors): (readonly [string, string])[] =>
  Object.entries(named).flatMap(([field, value]) =>
    value === null || value === undefined
      ? []
      : typeof value === 'string'
        ? [[field, value] as const]
        : value.map((code, i) => [`${field}[${i}]`, code] as const),
  );

/** The actors a request named, all known: what each code acts for. */
export class KnownActors {
  constructor(private readonly actors: ReadonlyMap<string, Actor>) {}

  /** The country or organisation whose act it is: a person's country, otherwise the code itself. */
  actingFor = (code: string): string => actingFor(this.actors.get(code) as Actor);

  /** The code itself when it names a person, else null. */
  person = (code: string): string | null => (this.actors.get(code)?.type === 'person' ? code : null);

  /** The people among the codes. */
  people = (codes: readonly string[]): string[] => codes.filter((code) => this.person(code) !== null);

  /** Codes as the countries and organisations they act for, each once. */
  actingForAll = (codes: readonly string[]): string[] => [...new Set(codes.map(this.actingFor))];

  /** Refuses people where only a state, an organisation or a group can stand, each named by its field. */
  refusePeople = (named: NamedActors): void => {
    const people = byField(named).filter(([, code]) => this.person(code) !== null);
    if (people.length > 0) {
      throw new RequestValidationError(
        people.map(([field, code]) => ({ field, message: `${code} is a person; only a state, an organisation or a group can stand here` })),
      );
    }
  };
}

/**
 * Knows every built-in actor and reads a registered one from its own stream, so an actor registered
 * a moment ago is known at once. Unknown codes are refused, each named by its field.
 */
@Injectable()
export class ActorDirectory {
  constructor(private readonly store: EventStore) {}

  async find(code: string): Promise<Actor | null> {
    const builtIn = builtInActor(code);
    if (builtIn) return builtIn;
    const events = await this.store.readStream(actorStreamId(code));
    return events.find((e): e is RecordedEvent<ActorRegistered> => e.type === 'ActorRegistered')?.data ?? null;
  }

  async require(named: NamedActors): Promise<KnownActors> {
    const found = await Promise.all(byField(named).map(async ([field, code]) => [field, code, await this.find(code)] as const));
    const unknown = found.filter(([, , actor]) => actor === null);
    if (unknown.length > 0) {
      throw new RequestValidationError(
        unknown.map(([field, code]) => ({ field, message: `${code} is not a known actor; register it with POST /api/v1/actors` })),
      );
    }
    return new KnownActors(new Map(found.map(([, code, actor]) => [code, actor as Actor])));
  }

  /** Codes a path or a query names, each known: an unknown one is not found (404), naming the field. */
  async requireFound(field: string, codes: readonly string[]): Promise<void> {
    const found = await Promise.all(codes.map(async (code) => [code, await this.find(code)] as const));
    const unknown = found.filter(([, actor]) => actor === null).map(([code]) => code);
    if (unknown.length > 0) throw new UnknownReference(unknown.map((code) => ({ field, message: `${code} is not a known actor` })));
  }
}
