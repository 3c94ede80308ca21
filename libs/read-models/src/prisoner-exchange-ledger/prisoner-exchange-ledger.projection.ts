import { PrisonerExchangeRecorded } from '@parley/domain';
import { followsUp } from '../amendments';
import { Projection } from '../projection';
import { Provenance, firstReport, resourced } from '../provenance';

export type ExchangeView = Omit<PrisonerExchangeRecorded['data'], 'source'> &
  Provenance & {
    readonly position: number;
  };

export const PRISONER_EXCHANGE_LEDGER = 'prisoner-exchange-ledger';

/** Exchanges as their corrections leave them, with every source that reported them; a retracted one leaves the ledger and its totals. */
export const prisonerExchangeLedgerProjection: Projection<ExchangeView> = {
  name: PRISONER_EXCHANGE_LEDGER,
  // 2: sources and confirmed, and corrections of the figures. 3: source ids, detached sources, disputed figures.
  version: 3,
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
      case 'SourceDetached':
        return doc && resourced(doc, event);
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
