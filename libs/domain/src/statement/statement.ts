import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';

export const STANCES = ['hostile', 'critical', 'neutral', 'conciliatory', 'cooperative'] as const;
export type Stance = (typeof STANCES)[number];

interface StatementFacts {
  statementId: string;
  speaker: string;
  actor: string;
  role: string | null;
  targets: string[];
  channel: string | null;
  quote: string;
  stance: Stance;
  madeAt: string;
  trackId: string | null;
}

export type RecordStatement = Command<'RecordStatement', StatementFacts>;
export type StatementRecorded = DomainEvent<'StatementRecorded', StatementFacts>;

export const statementStreamId = (statementId: string): string => `statement-${statementId}`;

export interface StatementState {
  readonly recorded: boolean;
}

export const initialStatementState = (): StatementState => ({ recorded: false });

export const evolveStatement = (_state: StatementState, _event: StatementRecorded): StatementState => ({
  recorded: true,
});

export function decideStatement(command: RecordStatement, state: StatementState): StatementRecorded[] {
  const facts = command.data;
  if (state.recorded) {
    throw new RuleViolation('statement-recorded-once', `statement ${facts.statementId} is already recorded`);
  }
  if (facts.targets.includes(facts.actor)) {
    throw new InvalidField('targets', `must not include the speaking actor ${facts.actor}`);
  }
  return [{ type: 'StatementRecorded', data: { ...facts }, occurredAt: facts.madeAt }];
}

export const statementDecider = { decide: decideStatement, evolve: evolveStatement, initialState: initialStatementState };
