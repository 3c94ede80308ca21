import { PrisonerExchangeRecorded } from '@parley/domain';
import { followsUp } from '../amendments';
import { Draft, Projection } from '../projection';
import { Provenance, firstReported, resourced } from '../provenance';

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
        // Its own new object, extended by name (firstReported says why).
        const doc = firstReported(exchange, source, event) as Draft<ExchangeView>;
        doc.position = event.position;
        return doc;
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
