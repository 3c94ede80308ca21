import { addReturned } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { ExchangeView, PRISONER_EXCHANGE_LEDGER } from './prisoner-exchange-ledger.projection';

export interface ExchangeLedger {
  exchanges: ExchangeView[];
  totals: { count: number; returned: Record<string, number> };
}

/** Exchanges newest first, with the totals per side over all of them. */
export async function listExchanges(reader: DocumentReader, filter: { trackId?: string }): Promise<ExchangeLedger> {
  const exchanges = await reader.find<ExchangeView>(PRISONER_EXCHANGE_LEDGER, {
    where: filter.trackId ? [{ field: 'trackId', op: 'eq', value: filter.trackId }] : [],
    orderBy: [
      { field: 'occurredAt', direction: 'desc' },
      { field: 'developmentId', direction: 'asc' },
    ],
  });
  return {
    exchanges,
    totals: {
      count: exchanges.length,
      returned: exchanges.reduce<Record<string, number>>((acc, x) => addReturned(acc, x.returned), {}),
    },
  };
}
