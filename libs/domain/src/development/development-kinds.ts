import { accusation } from './kinds/accusation';
import { agreement } from './kinds/agreement';
import { airDefenceInterception } from './kinds/air-defence-interception';
import { armedClash } from './kinds/armed-clash';
import { armsSupplyDecision } from './kinds/arms-supply-decision';
import { attack } from './kinds/attack';
import { borderMeasure } from './kinds/border-measure';
import { ceasefire } from './kinds/ceasefire';
import { demands } from './kinds/demands';
import { detention } from './kinds/detention';
import { diplomaticMeeting } from './kinds/diplomatic-meeting';
import { diplomaticRelations } from './kinds/diplomatic-relations';
import { humanitarian } from './kinds/humanitarian';
import { KindDefinition, ReportOf } from './kinds/kind';
import { mediation } from './kinds/mediation';
import { memorandum } from './kinds/memorandum';
import { militaryStrike } from './kinds/military-strike';
import { personnelChange } from './kinds/personnel-change';
import { proposal } from './kinds/proposal';
import { reportedEvent } from './kinds/reported-event';
import { sanctions } from './kinds/sanctions';
import { sabotage } from './kinds/sabotage';
import { territorialChange } from './kinds/territorial-change';
import { threatAssessment } from './kinds/threat-assessment';

export { DATE_PRECISIONS, DatePrecision, Magnitude } from './kinds/kind';

/**
 * Every kind recorded through POST /developments, each defined in its own file under kinds/. The
 * request schema, the event types and their versions, the docs' kinds table and the OpenAPI document
 * all derive from this list: adding a kind is its file and one line here.
 */
export const DEVELOPMENT_KIND_LIST = [
  militaryStrike,
  airDefenceInterception,
  territorialChange,
  sabotage,
  personnelChange,
  armsSupplyDecision,
  threatAssessment,
  demands,
  diplomaticMeeting,
  accusation,
  proposal,
  memorandum,
  reportedEvent,
  ceasefire,
  agreement,
  sanctions,
  diplomaticRelations,
  borderMeasure,
  detention,
  armedClash,
  attack,
  humanitarian,
  mediation,
] as const;

type AnyKindDefinition = (typeof DEVELOPMENT_KIND_LIST)[number];
export type DevelopmentKind = AnyKindDefinition['kind'];
type DefinitionOf<K extends DevelopmentKind> = Extract<AnyKindDefinition, { kind: K }>;

/** The facts proper to each kind, as its events record them. */
export type DevelopmentDetails = {
  [K in DevelopmentKind]: DefinitionOf<K> extends KindDefinition<K, string, infer D> ? D : never;
};

export type DevelopmentEventTypes = { [K in DevelopmentKind]: DefinitionOf<K>['eventType'] };

export const DEVELOPMENT_KINDS: readonly DevelopmentKind[] = DEVELOPMENT_KIND_LIST.map((k) => k.kind);

export const DEVELOPMENT_EVENT_TYPES = Object.fromEntries(DEVELOPMENT_KIND_LIST.map((k) => [k.kind, k.eventType])) as DevelopmentEventTypes;

/** A kind's definition, typed as the kind it defines. */
export const kindDefinition = <K extends DevelopmentKind>(kind: K): KindDefinition<K, DevelopmentEventTypes[K], DevelopmentDetails[K]> =>
  DEVELOPMENT_KIND_LIST.find((k) => k.kind === kind) as unknown as KindDefinition<K, DevelopmentEventTypes[K], DevelopmentDetails[K]>;

/** Every development Parley lists, the core's statements, exchanges and rounds of talks included. */
export const ANY_DEVELOPMENT_KINDS = [...DEVELOPMENT_KINDS, 'statement', 'prisoner_exchange', 'talks'] as const;
export type AnyDevelopmentKind = DevelopmentKind | 'statement' | 'prisoner_exchange' | 'talks';

/** How many people went home to one side of a prisoner exchange: `{ to: "RUS", count: 307 }`. */
export interface Returned {
  readonly to: string;
  readonly count: number;
}

/** What a report of a development says, once its actors are resolved; `cameoCode` overrides the default. */
export type DevelopmentReport<K extends DevelopmentKind = DevelopmentKind> = {
  [L in K]: ReportOf<L, DevelopmentDetails[L]>;
}[K];
