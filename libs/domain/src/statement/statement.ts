import { Cameo, cameoOf } from '../cameo/cameo';
import { IdentifiedReport, decideReport } from '../development/corroboration';
import {
  AmendDevelopment,
  LedgerState,
  LifecycleEvent,
  decideAmendment,
  evolveRecording,
  initialLedgerState,
} from '../development/development-lifecycle';
import { IdentityFacts, normalisedText } from '../development/identity';
import { requireRecordedAfter } from '../development/recorded-dates';
import { InvalidField } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';
import { Source } from '../shared/source';

export const STANCES = ['hostile', 'critical', 'neutral', 'conciliatory', 'cooperative'] as const;
export type Stance = (typeof STANCES)[number];

/** CAMEO codes by stance: make a statement, optimistic comment, express accord; criticise; threaten. */
export const STANCE_CAMEO: Readonly<Record<Stance, string>> = {
  hostile: '130',
  critical: '111',
  neutral: '010',
  conciliatory: '013',
  cooperative: '019',
};

interface StatementReport {
  developmentId: string;
  speaker: string;
  actor: string;
  /** The registered person who spoke, when the statement names one (PESKOV); `actor` is their country. */
  person: string | null;
  role: string | null;
  targets: string[];
  /** The people among the targets, whose countries are in targets; absent before they were kept. */
  targetPersons?: readonly string[];
  channel: string | null;
  quote: string;
  stance: Stance;
  madeAt: string;
  trackId: string | null;
  source: Source | null;
}

export type StatementFacts = StatementReport & { cameo: Cameo };

export type RecordStatement = Command<
  'RecordStatement',
  Omit<StatementReport, 'developmentId'> & { cameoCode: string | null } & Pick<IdentifiedReport, 'identityStream' | 'corroborates' | 'distinct'>
>;
export type StatementRecorded = DomainEvent<'StatementRecorded', StatementFacts>;

export const statementStreamId = (statementId: string): string => `statement-${statementId}`;

/** The same words, by the same actor to the same targets, within the hour: one statement. */
export const statementIdentity = (
  s: Pick<StatementReport, 'actor' | 'targets' | 'stance' | 'madeAt' | 'quote'> & { cameoCode: string | null },
): IdentityFacts => ({
  kind: 'statement',
  variant: { quote: normalisedText(s.quote) },
  actors: [s.actor],
  targets: s.targets,
  cameoCode: s.cameoCode ?? STANCE_CAMEO[s.stance],
  occurredAt: s.madeAt,
  datePrecision: 'exact',
  location: null,
  figures: {},
});

export type StatementState = LedgerState;

export const initialStatementState = initialLedgerState;

export const evolveStatement = evolveRecording<StatementRecorded>((event) => [
  { ...event.data, kind: 'statement', identity: statementIdentity({ ...event.data, cameoCode: event.data.cameo.code }) },
  event.data.source,
]);

export function decideStatement(
  command: RecordStatement | AmendDevelopment,
  state: StatementState,
): (StatementRecorded | LifecycleEvent)[] {
  if (command.type !== 'RecordStatement') return decideAmendment(command, state.ledger);
  const { cameoCode, identityStream, corroborates, distinct, ...report } = command.data;
  const identified = { identity: statementIdentity(command.data), source: report.source, identityStream, corroborates, distinct };
  return decideReport(state.ledger, identified, command.metadata.now, (developmentId) => {
    if (report.targets.includes(report.actor)) {
      throw new InvalidField('targets', `must not include the speaking actor ${report.actor}`);
    }
    requireRecordedAfter('madeAt', report.madeAt, 'exact', command.metadata.now);
    const cameo = cameoOf(cameoCode ?? STANCE_CAMEO[report.stance]);
    return [{ type: 'StatementRecorded' as const, data: { developmentId, ...report, cameo }, occurredAt: report.madeAt }];
  });
}

export const statementDecider = { decide: decideStatement, evolve: evolveStatement, initialState: initialStatementState };
