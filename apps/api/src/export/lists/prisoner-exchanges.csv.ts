import { ExchangeLedger, ExchangeView } from '@parley/read-models';
import { column, joined, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts } from '../event-columns';
import { listExport } from '../list-export';

/** An exchange in ACLED's terms: its sides, in the order recorded, are actor1 and actor2. */
const exchangeFacts = (x: ExchangeView): EventFacts => {
  const [first, ...others] = x.returned.map((r) => r.to);
  return {
    eventId: x.developmentId,
    occurredAt: x.occurredAt,
    datePrecision: null,
    kind: 'prisoner_exchange',
    stage: null,
    actor1: first ?? null,
    assocActor1: [],
    actor2: others,
    persons: [],
    location: null,
    fatalities: null,
    cameo: x.cameo,
    summary: null,
    sources: x.sources,
    confirmed: x.confirmed,
    trackId: x.trackId,
    recordedAt: null,
    position: x.position,
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
