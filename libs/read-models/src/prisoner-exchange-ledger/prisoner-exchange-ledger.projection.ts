import { PrisonerExchangeRecorded, Source } from '@parley/domain';
import { amends } from '../amendments';
import { Projection } from '../projection';

export type ExchangeView = PrisonerExchangeRecorded['data'] & {
  readonly source: Source | null;
  readonly position: number;
};

export const PRISONER_EXCHANGE_LEDGER = 'prisoner-exchange-ledger';

/** Exchanges as their corrections leave them; a retracted one leaves the ledger and its totals. */
export const prisonerExchangeLedgerProjection: Projection<ExchangeView> = {
  name: PRISONER_EXCHANGE_LEDGER,
  version: 1,
  filterable: ['trackId'],
  documentIds: (event) =>
    event.type === 'PrisonerExchangeRecorded' || amends(event, 'prisoner_exchange') ? [event.data.developmentId] : [],
  evolve: (doc, event) => {
    switch (event.type) {
      case 'PrisonerExchangeRecorded':
        return { ...event.data, source: event.data.source ?? event.metadata.source ?? null, position: event.position };
      case 'DevelopmentCorrected':
        return doc && { ...doc, occurredAt: event.data.changes.occurredAt ?? doc.occurredAt, cameo: event.data.changes.cameo ?? doc.cameo };
      case 'DevelopmentRetracted':
        return null;
      default:
        return doc;
    }
  },
};
