import { z } from 'zod';
import { InvalidField } from '../../shared/domain-error';
import { Source } from '../../shared/source';
import { Location, Place } from '../../place/place';
import { FigureField, Magnitude } from '../magnitude';

export const DATE_PRECISIONS = ['exact', 'day', 'week', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export { Magnitude } from '../magnitude';

/** What a report of a development of kind K says, once its actors are resolved; `cameoCode` overrides the default. */
export interface ReportOf<K extends string, D> {
  readonly developmentId: string;
  readonly kind: K;
  /** The principal actor: the first of `actors`. A person's acts are their country's. */
  readonly actor: string;
  /** Everyone who acted together (a ceasefire's or an agreement's parties, a joint summit), the principal first. */
  readonly actors: readonly string[];
  /** The person who acted for the principal actor, when one did. */
  readonly person: string | null;
  /** The people among several actors (TSHISEKEDI, KAGAME), whose countries are in actors; absent before they were kept. */
  readonly actorPersons?: readonly string[];
  readonly targets: string[];
  /** The people among the targets (ZELENSKY), whose countries are in targets; absent before they were kept. */
  readonly targetPersons?: readonly string[];
  readonly occurredAt: string;
  readonly datePrecision: DatePrecision;
  /** As the request gave it; the event records it resolved (a Place), or, before places were resolved, a name. */
  readonly location: Location | Place | null;
  readonly summary: string | null;
  /** The reporter's notes: caveats, what the sources disagree on; absent before notes were kept. */
  readonly notes?: string | null;
  readonly magnitude: Magnitude;
  readonly details: D;
  readonly cameoCode: string | null;
  readonly source: Source | null;
  readonly trackId: string | null;
}

type Data = Record<string, unknown>;
export type Upcaster = (data: Data) => Data;

/** Actor codes a kind's details name, by field: `{ 'details.mediator': 'QAT' }`. */
export type ActorsInDetails = Record<string, string | readonly string[] | undefined>;

/**
 * Everything Parley knows about one kind of development, in one place: what a request must say of
 * it, the event it is recorded as, how it is coded to CAMEO and which codes it may take.
 */
export interface KindDefinition<K extends string, T extends string, D> {
  readonly kind: K;
  readonly eventType: T;
  /** The version its events are written with today; `upcasters` lead older ones here. */
  readonly schemaVersion: number;
  readonly upcasters?: Readonly<Record<number, Upcaster>>;
  /** The shape of `details` in a request; its output is what the event records. */
  readonly details: z.ZodType<D, any>;
  /** For the kinds table of the docs: its details in a few words. */
  readonly about: string;
  /** Each of its default codes, by what selects it (its stage, its means …): for the docs and the tests. */
  readonly codes: Readonly<Record<string, string>>;
  /** The code a report gets when it names none; null when it must name one. */
  defaultCameo(details: NoInfer<D>): string | null;
  /** The CAMEO root codes a request's `cameoCode` may take (a strike cannot be a signing); null for any. */
  readonly cameoRoots: readonly string[] | null;
  /** A request the kind accepts: the docs' and the tests' example of it. */
  readonly example: {
    readonly actors: readonly string[];
    readonly targets: readonly string[];
    readonly details: unknown;
    readonly magnitude?: Magnitude;
    readonly cameoCode?: string;
  };
  actorsIn?(details: NoInfer<D>): ActorsInDetails;
  /** Its details with the actor codes they name resolved to whom they act for. */
  resolved?(details: NoInfer<D>, actingFor: (code: string) => string): NoInfer<D>;
  /** The rules proper to the kind, beyond the shape the details schema checks. */
  check?(report: ReportOf<K, NoInfer<D>>): void;
}

export const defineKind = <const K extends string, const T extends string, D>(definition: KindDefinition<K, T, D>) => definition;

/** A kind coded by one field of its details (its stage): each value its code. */
export const codedBy =
  <F extends string, V extends string>(field: F, codes: Readonly<Record<V, string>>) =>
  (details: { readonly [key in F]: V }): string =>
    codes[details[field]];

/** Events written before developments had several actors name one: it is the list. */
export const actorsListed: Upcaster = (data) => ({ ...data, actors: [data.actor] });

export const requireFigure = (report: { magnitude: Magnitude }, figure: FigureField, what: string): void => {
  if (report.magnitude[figure] === undefined) throw new InvalidField(`magnitude.${figure}`, `must give ${what}`);
};

/** The parties of a joint act: its actors and targets together. */
export const partiesOf = (report: { actors: readonly string[]; targets: readonly string[] }): string[] => [
  ...new Set([...report.actors, ...report.targets]),
];

export const requireParties = (report: { actors: readonly string[]; targets: readonly string[] }, what: string): void => {
  if (partiesOf(report).length < 2) throw new InvalidField('actors', `must name at least two parties (in actors, or actors and targets): ${what}`);
};

/** Third parties named in details (mediators, guarantors) cannot also be parties. */
export const requireNotParty = (report: { actors: readonly string[]; targets: readonly string[] }, field: string, codes: readonly string[] = []): void => {
  const party = codes.find((code) => partiesOf(report).includes(code));
  if (party) throw new InvalidField(field, `must not name ${party}, a party to it`);
};

export const requireTargets = (report: { targets: readonly string[] }, what: string): void => {
  if (report.targets.length === 0) throw new InvalidField('targets', `must name ${what}`);
};
