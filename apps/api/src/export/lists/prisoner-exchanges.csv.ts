import { ExchangeLedger, ExchangeView } from '@parley/read-models';
import { column, joined, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts, keptFacts, UNRECORDED } from '../event-columns';
import { listExport } from '../list-export';

/** An exchange in ACLED's terms: its sides, in the order recorded, are actor1 and actor2. */
const exchangeFacts = (x: ExchangeView): EventFacts => {
  const [first, ...others] = x.returned.map((r) => r.to);
  return {
    ...UNRECORDED,
    ...keptFacts(x),
    eventId: x.developmentId,
    occurredAt: x.occurredAt,
    kind: 'prisoner_exchange',
    actor1: first ?? null,
    actor2: others,
  };
};

export const PRISONER_EXCHANGES_CSV = listExport<ExchangeLedger, ExchangeView>({
  route: '/api/v1/prisoner-exchanges',
  name: 'prisoner-exchanges',
  table: tableOf(exchangeFacts, EVENT_COLUMNS, [
    column('category', (x) => x.category),
    column('returned', (x) => joined(x.returned.map((r) => `${r.to}:${r.count}`))),
    column('mediators', (x) => joined(x.mediators)),
  ]),
  rows: (ledger) => ledger.exchanges,
});
