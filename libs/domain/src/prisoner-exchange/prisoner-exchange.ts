import { Cameo, cameoOf } from '../cameo/cameo';
import { IdentifiedReport, decideReport } from '../development/corroboration';
import { Returned } from '../development/development-kinds';
import {
  AmendDevelopment,
  LedgerState,
  LifecycleEvent,
  decideAmendment,
  evolveRecording,
  initialLedgerState,
} from '../development/development-lifecycle';
import { IdentityFacts, figuresOf } from '../development/identity';
import { requireRecordedAfter } from '../development/recorded-dates';
import { InvalidField } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';
import { Source } from '../shared/source';

export const EXCHANGE_CATEGORIES = ['pow', 'civilian', 'remains'] as const;
export type ExchangeCategory = (typeof EXCHANGE_CATEGORIES)[number];

/** CAMEO 0841: return, release person(s). */
export const EXCHANGE_CAMEO = '0841';

interface ExchangeReport {
  developmentId: string;
  occurredAt: string;
  returned: Returned[];
  category: ExchangeCategory;
  mediators: string[];
  trackId: string | null;
  source: Source | null;
}

export type ExchangeFacts = ExchangeReport & { cameo: Cameo };

export type RecordPrisonerExchange = Command<
  'RecordPrisonerExchange',
  Omit<ExchangeReport, 'developmentId'> & { cameoCode: string | null } & Pick<IdentifiedReport, 'identityStream' | 'corroborates' | 'distinct'>
>;
export type PrisonerExchangeRecorded = DomainEvent<'PrisonerExchangeRecorded', ExchangeFacts>;

export const exchangeStreamId = (exchangeId: string): string => `prisoner-exchange-${exchangeId}`;

/** An exchange is between its sides, in the order they are named: the first acts, the others are its targets. */
export const exchangeSides = (returned: readonly Returned[]): { actor: string; targets: string[] } => ({
  actor: returned[0]?.to ?? '',
  targets: returned.slice(1).map((r) => r.to),
});

/**
 * The same sides, category and day, and figures that agree: one exchange, however many outlets report
 * it. Its sides are its actors, in no order.
 */
export const exchangeIdentity = (
  x: Pick<ExchangeReport, 'returned' | 'occurredAt' | 'category'> & { cameoCode: string | null },
): IdentityFacts => ({
  kind: 'prisoner_exchange',
  variant: { category: x.category },
  actors: x.returned.map((r) => r.to),
  targets: [],
  cameoCode: x.cameoCode ?? EXCHANGE_CAMEO,
  occurredAt: x.occurredAt,
  datePrecision: 'day',
  location: null,
  figures: figuresOf({}, x.returned),
});

export type ExchangeState = LedgerState;

export const initialExchangeState = initialLedgerState;

export const evolveExchange = evolveRecording<PrisonerExchangeRecorded>((event) => [
  {
    ...event.data,
    kind: 'prisoner_exchange',
    actor: exchangeSides(event.data.returned).actor,
    identity: exchangeIdentity({ ...event.data, cameoCode: event.data.cameo.code }),
  },
  event.data.source,
]);

function checkReturned(returned: readonly Returned[]): void {
  if (returned.length === 0) {
    throw new InvalidField('returned', 'must list at least one side that people returned to');
  }
  returned.forEach((r, i) => {
    if (!Number.isInteger(r.count) || r.count < 1) {
      throw new InvalidField(`returned[${i}].count`, 'must be a whole number of at least 1');
    }
    if (returned.findIndex((other) => other.to === r.to) !== i) {
      throw new InvalidField(`returned[${i}].to`, `lists ${r.to} more than once`);
    }
  });
}

export function decideExchange(
  command: RecordPrisonerExchange | AmendDevelopment,
  state: ExchangeState,
): (PrisonerExchangeRecorded | LifecycleEvent)[] {
  if (command.type !== 'RecordPrisonerExchange') {
    return decideAmendment(command, state.ledger, ({ returned }) => returned && checkReturned(returned));
  }
  const { cameoCode, identityStream, corroborates, distinct, ...report } = command.data;
  const identified = { identity: exchangeIdentity(command.data), source: report.source, identityStream, corroborates, distinct };
  return decideReport(state.ledger, identified, command.metadata.now, (developmentId) => {
    checkReturned(report.returned);
    // An exchange is dated to its day, as the developments read model lists it.
    requireRecordedAfter('occurredAt', report.occurredAt, 'day', command.metadata.now);
    const cameo = cameoOf(cameoCode ?? EXCHANGE_CAMEO);
    return [{ type: 'PrisonerExchangeRecorded' as const, data: { developmentId, ...report, cameo }, occurredAt: report.occurredAt }];
  });
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
