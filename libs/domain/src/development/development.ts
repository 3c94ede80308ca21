import { Cameo, cameoOf } from '../cameo/cameo';
import { Command, DomainEvent } from '../shared/message';
import {
  AmendDevelopment,
  LedgerState,
  LifecycleEvent,
  decideAmendment,
  evolveRecording,
  initialLedgerState,
} from './development-lifecycle';
import { DEVELOPMENT_EVENT_TYPES, DevelopmentKind, DevelopmentReport } from './development-kinds';
import { cameoCodeOf, checkKindRules, requireCameoOfKind, requireSidesAreParties } from './development-rules';
import { IdentifiedReport, decideReport } from './corroboration';
import { developmentIdentity } from './development-identity';
import { requireRecordedAfter } from './recorded-dates';
import { partiesOf } from './kinds/kind';
import { resolvePlace } from '../place/place';

/** A development as recorded: the report, coded to CAMEO as the table stood then. */
export type DevelopmentFacts<K extends DevelopmentKind = DevelopmentKind> = Omit<DevelopmentReport<K>, 'cameoCode'> & {
  readonly cameo: Cameo;
};

/** One event type per kind, all of one shape: `MilitaryStrikeRecorded`, `DemandsRecorded`, … */
export type DevelopmentRecorded = {
  [K in DevelopmentKind]: DomainEvent<(typeof DEVELOPMENT_EVENT_TYPES)[K], DevelopmentFacts<K>>;
}[DevelopmentKind];

/** A report of a development: its id is its stream's to give, unless it corroborates one already recorded. */
export type RecordDevelopment = Command<
  'RecordDevelopment',
  Omit<DevelopmentReport, 'developmentId'> & Pick<IdentifiedReport, 'identityStream' | 'corroborates' | 'distinct'>
>;
export type DevelopmentCommand = RecordDevelopment | AmendDevelopment;
export type DevelopmentEvent = DevelopmentRecorded | LifecycleEvent;

const RECORDED_TYPES: ReadonlySet<string> = new Set(Object.values(DEVELOPMENT_EVENT_TYPES));

export const isDevelopmentRecorded = (event: { type: string }): event is DevelopmentRecorded => RECORDED_TYPES.has(event.type);

export const developmentStreamId = (developmentId: string): string => `development-${developmentId}`;

export type DevelopmentState = LedgerState;

export const initialDevelopmentState = initialLedgerState;

// Object.assign where a spread would be followed by new fields: V8 gives such objects maps of their own,
// several µs a field (bench/README.md points 25 and 29). The same fields in the same order.
export const evolveDevelopment = evolveRecording<DevelopmentRecorded>((event) => [
  Object.assign({}, event.data, { identity: developmentIdentity(Object.assign({}, event.data, { cameoCode: event.data.cameo.code })) }),
  event.data.source,
]);

function record(command: RecordDevelopment, state: DevelopmentState): DevelopmentEvent[] {
  const { cameoCode: _, identityStream, corroborates, distinct, ...report } = command.data;
  const identified = { identity: developmentIdentity(command.data), source: report.source, identityStream, corroborates, distinct };
  return decideReport(state.ledger, identified, command.metadata.now, (developmentId) => {
    checkKindRules(Object.assign({}, report, { cameoCode: command.data.cameoCode, developmentId }) as DevelopmentReport);
    requireRecordedAfter('occurredAt', report.occurredAt, report.datePrecision, command.metadata.now);
    // Placed now and recorded placed: a replay puts it where it was put, whatever later gazetteers say.
    const location = report.location === null ? null : resolvePlace(report.location, partiesOf(report));
    const facts: DevelopmentFacts = Object.assign({ developmentId }, report, { location, cameo: cameoOf(cameoCodeOf(command.data)) });
    return [{ type: DEVELOPMENT_EVENT_TYPES[report.kind], data: facts, occurredAt: report.occurredAt } as DevelopmentRecorded];
  });
}

/** Records a development of any kind; a report of one already recorded attaches its source instead. */
export function decideDevelopment(command: DevelopmentCommand, state: DevelopmentState): DevelopmentEvent[] {
  if (command.type === 'RecordDevelopment') return record(command, state);
  const recorded = state.ledger[command.data.developmentId];
  const kind = recorded?.kind as DevelopmentKind;
  return decideAmendment(command, state.ledger, ({ cameoCode, magnitude, targets }) => {
    if (cameoCode !== undefined) requireCameoOfKind(kind, cameoCode);
    // A corrected claim or split names the parties as corrected, as a report's must.
    if (magnitude !== undefined && recorded) {
      requireSidesAreParties({ actors: recorded.actors, targets: targets ?? recorded.identity?.targets ?? [], magnitude });
    }
  });
}

export const developmentDecider = {
  decide: decideDevelopment,
  evolve: evolveDevelopment,
  initialState: initialDevelopmentState,
};
