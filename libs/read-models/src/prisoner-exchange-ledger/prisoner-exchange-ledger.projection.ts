import { PrisonerExchangeRecorded } from '@parley/domain';
import { followsUp } from '../amendments';
import { Projection } from '../projection';
import { Provenance, firstReport, reported } from '../provenance';

export type ExchangeView = Omit<PrisonerExchangeRecorded['data'], 'source'> &
  Provenance & {
    readonly position: number;
  };

export const PRISONER_EXCHANGE_LEDGER = 'prisoner-exchange-ledger';

/** Exchanges as their corrections leave them, with every source that reported them; a retracted one leaves the ledger and its totals. */
export const prisonerExchangeLedgerProjection: Projection<ExchangeView> = {
  name: PRISONER_EXCHANGE_LEDGER,
  // 2: sources and confirmed, and corrections of the figures.
  version: 2,
  filterable: ['trackId'],
  documentIds: (event) =>
    event.type === 'PrisonerExchangeRecorded' || followsUp(event, 'prisoner_exchange') ? [event.data.developmentId] : [],
  evolve: (doc, event) => {
    switch (event.type) {
      case 'PrisonerExchangeRecorded': {
        const { source, ...exchange } = event.data;
        return { ...exchange, ...firstReport(source, event), position: event.position };
      }
      case 'SourceAttached':
        return doc && reported(doc, event.data.source);
      case 'DevelopmentCorrected': {
        const { occurredAt, returned, cameo } = event.data.changes;
        return doc && { ...doc, occurredAt: occurredAt ?? doc.occurredAt, returned: returned ?? doc.returned, cameo: cameo ?? doc.cameo };
      }
      case 'DevelopmentRetracted':
        return null;
      default:
        return doc;
    }
  },
};
