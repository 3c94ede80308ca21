import { PrisonerExchangeRecorded, Source } from '@parley/domain';
import { Projection } from '../projection';

export type ExchangeView = PrisonerExchangeRecorded['data'] & {
  readonly source: Source | null;
  readonly position: number;
};

export const PRISONER_EXCHANGE_LEDGER = 'prisoner-exchange-ledger';

export const prisonerExchangeLedgerProjection: Projection<ExchangeView> = {
  name: PRISONER_EXCHANGE_LEDGER,
  documentIds: (event) => (event.type === 'PrisonerExchangeRecorded' ? [event.data.exchangeId] : []),
  evolve: (doc, event) =>
    event.type === 'PrisonerExchangeRecorded'
      ? { ...event.data, source: event.metadata.source ?? null, position: event.position }
      : doc,
};
