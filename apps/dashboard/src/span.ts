import type { Development } from './developments';
import { currentAsOf } from './parley';
import type { Span } from './tension';

const DAY_MS = 86_400_000;

/**
 * The days a chart covers: from a week before the first development to the page's date, or a month past
 * the last one when the page shows now (a 2025 conflict is not charted at a near-zero today).
 */
export function spanOf(developments: readonly Development[]): Span {
  const times = developments.map((e) => Date.parse(e.occurredAt));
  const asOf = currentAsOf();
  const last = times.length ? Math.max(...times) + 30 * DAY_MS : Date.now();
  const to = asOf ? Date.parse(asOf) : Math.min(Date.now(), last);
  const from = times.length ? Math.min(...times) - 7 * DAY_MS : to - 90 * DAY_MS;
  return { from: new Date(Math.min(from, to - DAY_MS)), to: new Date(to) };
}
