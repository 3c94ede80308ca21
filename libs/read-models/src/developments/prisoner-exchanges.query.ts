import { PrisonerExchangeRecorded, addReturned } from '@parley/domain';
import { Condition, DocumentReader } from '../document-query';
import { ListFields, ListFilter, filterConditions, findPage } from '../list-filter';
import { Provenance } from '../provenance';
import { DEVELOPMENTS, DevelopmentView } from './developments.projection';

/** An exchange as the ledger shows it: its report's own fields, as recorded and corrected. */
export type ExchangeView = Omit<PrisonerExchangeRecorded['data'], 'source'> &
  Provenance & {
    readonly position: number;
  };

/** What the developments read model keeps of an exchange's report among its details. */
type ExchangeDetails = Pick<ExchangeView, 'returned' | 'category' | 'mediators'>;

export interface ExchangeLedger {
  exchanges: ExchangeView[];
  /** Over every exchange the filters select, not only this page's. */
  totals: { count: number; returned: Record<string, number> };
  nextCursor: string | null;
}

/**
 * Exchanges are developments of their kind, an act of each side people were returned to and of its
 * mediators; the cursor is `occurredAt|developmentId`, as it always was.
 */
export const EXCHANGE_FIELDS: ListFields = {
  at: 'occurredAt',
  id: 'id',
  actedBy: (actor) => ({
    op: 'any',
    of: [[{ op: 'has', value: { details: { returned: [{ to: actor }] } } }], [{ op: 'has', value: { details: { mediators: [actor] } } }]],
  }),
};

/** A page of exchanges unless asked otherwise. */
export const EXCHANGE_PAGE = 100;

/** An exchange's development in the exchange's own fields, in its report's order: the developments read model keeps its sides, category and mediators among the details. */
export function exchangeOf(development: DevelopmentView): ExchangeView {
  const { returned, category, mediators } = development.details as ExchangeDetails;
  const { id, occurredAt, trackId, cameo, sources, confirmed, disputed, position } = development;
  return { developmentId: id, occurredAt, returned, category, mediators, trackId, cameo, sources, confirmed, disputed, position };
}

/** Standing exchanges (not retracted) newest first, a page at a time, with the totals per side over all those the filters select. */
export async function listExchanges(reader: DocumentReader, filter: ListFilter & { cursor?: string; limit?: number }): Promise<ExchangeLedger> {
  const where: Condition[] = [
    { field: 'kind', op: 'eq', value: 'prisoner_exchange' },
    { field: 'retracted', op: 'eq', value: false },
    ...(await filterConditions(reader, filter, EXCHANGE_FIELDS)),
  ];
  // Exchanges are few (tens a year): the totals are summed over all of them rather than kept per filter.
  const [page, all] = await Promise.all([
    findPage<DevelopmentView>(reader, DEVELOPMENTS, where, EXCHANGE_FIELDS, { cursor: filter.cursor, limit: filter.limit ?? EXCHANGE_PAGE }),
    reader.find<DevelopmentView>(DEVELOPMENTS, { where, orderBy: [] }),
  ]);
  return {
    exchanges: page.items.map(exchangeOf),
    totals: { count: all.length, returned: all.map(exchangeOf).reduce<Record<string, number>>((acc, x) => addReturned(acc, x.returned), {}) },
    nextCursor: page.nextCursor,
  };
}
