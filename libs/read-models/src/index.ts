import { Projection } from './projection';
import { negotiationStatusProjection } from './negotiation-status/negotiation-status.projection';
import { prisonerExchangeLedgerProjection } from './prisoner-exchange-ledger/prisoner-exchange-ledger.projection';
import { statementTimelineProjection } from './statement-timeline/statement-timeline.projection';

export * from './projection';
export * from './document-query';
export * from './in-memory-documents';
export * from './negotiation-status/negotiation-status.projection';
export * from './negotiation-status/negotiation-status.query';
export * from './statement-timeline/statement-timeline.projection';
export * from './statement-timeline/statement-timeline.query';
export * from './prisoner-exchange-ledger/prisoner-exchange-ledger.projection';
export * from './prisoner-exchange-ledger/prisoner-exchange-ledger.query';

/** Every read model Parley maintains. */
export const PROJECTIONS: readonly Projection[] = [
  negotiationStatusProjection as Projection,
  statementTimelineProjection as Projection,
  prisonerExchangeLedgerProjection as Projection,
];
