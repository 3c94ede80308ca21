import { addReturned } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { ListFields, ListFilter, filterConditions, findPage } from '../list-filter';
import { ExchangeView, PRISONER_EXCHANGE_LEDGER } from './prisoner-exchange-ledger.projection';

export interface ExchangeLedger {
  exchanges: ExchangeView[];
  /** Over every exchange the filters select, not only this page's. */
  totals: { count: number; returned: Record<string, number> };
  nextCursor: string | null;
}

/** Where exchanges hold what the filters read: an exchange is an act of each side people were returned to, and of its mediators. */
export const EXCHANGE_FIELDS: ListFields = {
  at: 'occurredAt',
  id: 'developmentId',
  actedBy: (actor) => ({ op: 'any', of: [[{ op: 'has', value: { returned: [{ to: actor }] } }], [{ op: 'has', value: { mediators: [actor] } }]] }),
};

/** A page of exchanges unless asked otherwise. */
export const EXCHANGE_PAGE = 100;

/** Exchanges newest first, a page at a time, with the totals per side over all those the filters select. */
export async function listExchanges(reader: DocumentReader, filter: ListFilter & { cursor?: string; limit?: number }): Promise<ExchangeLedger> {
  const where = await filterConditions(reader, filter, EXCHANGE_FIELDS);
  // Exchanges are few (tens a year): the totals are summed over all of them rather than kept per filter.
  const [page, all] = await Promise.all([
    findPage<ExchangeView>(reader, PRISONER_EXCHANGE_LEDGER, where, EXCHANGE_FIELDS, { cursor: filter.cursor, limit: filter.limit ?? EXCHANGE_PAGE }),
    reader.find<ExchangeView>(PRISONER_EXCHANGE_LEDGER, { where, orderBy: [] }),
  ]);
  return {
    exchanges: page.items,
    totals: { count: all.length, returned: all.reduce<Record<string, number>>((acc, x) => addReturned(acc, x.returned), {}) },
    nextCursor: page.nextCursor,
  };
}
