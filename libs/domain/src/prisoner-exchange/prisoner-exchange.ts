import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';

export const EXCHANGE_CATEGORIES = ['pow', 'civilian', 'remains'] as const;
export type ExchangeCategory = (typeof EXCHANGE_CATEGORIES)[number];

/** How many people went home to one side: `{ to: "RUS", count: 307 }`. */
export interface Returned {
  readonly to: string;
  readonly count: number;
}

interface ExchangeFacts {
  exchangeId: string;
  occurredAt: string;
  returned: Returned[];
  category: ExchangeCategory;
  mediators: string[];
  trackId: string | null;
}

export type RecordPrisonerExchange = Command<'RecordPrisonerExchange', ExchangeFacts>;
export type PrisonerExchangeRecorded = DomainEvent<'PrisonerExchangeRecorded', ExchangeFacts>;

export const exchangeStreamId = (exchangeId: string): string => `prisoner-exchange-${exchangeId}`;

export interface ExchangeState {
  readonly recorded: boolean;
}

export const initialExchangeState = (): ExchangeState => ({ recorded: false });

export const evolveExchange = (_state: ExchangeState, _event: PrisonerExchangeRecorded): ExchangeState => ({
  recorded: true,
});

export function decideExchange(command: RecordPrisonerExchange, state: ExchangeState): PrisonerExchangeRecorded[] {
  const facts = command.data;
  if (state.recorded) {
    throw new RuleViolation('exchange-recorded-once', `prisoner exchange ${facts.exchangeId} is already recorded`);
  }
  if (facts.returned.length === 0) {
    throw new InvalidField('returned', 'must list at least one side that people returned to');
  }
  facts.returned.forEach((r, i) => {
    if (!Number.isInteger(r.count) || r.count < 1) {
      throw new InvalidField(`returned[${i}].count`, 'must be a whole number of at least 1');
    }
    if (facts.returned.findIndex((other) => other.to === r.to) !== i) {
      throw new InvalidField(`returned[${i}].to`, `lists ${r.to} more than once`);
    }
  });
  return [{ type: 'PrisonerExchangeRecorded', data: { ...facts }, occurredAt: facts.occurredAt }];
}

/** Adds one exchange to running totals per side; shared by every read model that counts returns. */
export const addReturned = (
  totals: Readonly<Record<string, number>>,
  returned: readonly Returned[],
): Record<string, number> =>
  returned.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.to]: (acc[r.to] ?? 0) + r.count }), {
    ...totals,
  });

export const exchangeDecider = { decide: decideExchange, evolve: evolveExchange, initialState: initialExchangeState };
