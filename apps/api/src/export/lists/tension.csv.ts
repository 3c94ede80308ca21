import { TensionPoint } from '@parley/domain';
import { column, table } from '../csv-table';
import { listExport } from '../list-export';

type HistoryRow = TensionPoint & { readonly dyad: string; readonly interval: string };

export const TENSION_HISTORY_CSV = listExport<{ dyad: string; interval: string; points: TensionPoint[] }, HistoryRow>({
  route: '/api/v1/tension/:dyad/history',
  name: 'tension-history',
  table: table<HistoryRow>([
    column('dyad', (p) => p.dyad),
    column('interval', (p) => p.interval),
    column('at', (p) => p.at),
    column('value', (p) => p.value),
    column('conflict', (p) => p.conflict),
    column('cooperation', (p) => p.cooperation),
  ]),
  rows: ({ dyad, interval, points }) => points.map((p) => ({ dyad, interval, ...p })),
});
