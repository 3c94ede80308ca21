import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { optionalRead } from './parley';

interface DyadIndex {
  dyad: string;
  value?: number;
}

interface History {
  dyad: string;
  points: { at: string; value: number }[];
}

const COLOURS = ['#c0392b', '#2471a3', '#7d3c98', '#1e8449', '#b9770e', '#566573'];
const DAY_MS = 86_400_000;
const DYADS_SHOWN = COLOURS.length;
const MAX_DAILY_POINTS = 180;

/** The days the chart covers: from a week before the first development to the page's date. */
export interface Span {
  readonly from: Date;
  readonly to: Date;
}

/**
 * The tension index of the most tense dyads over the span, one line each, in `section`; the section
 * stays hidden while the service has no tension index.
 */
export async function drawTension(section: HTMLElement, container: HTMLElement, chart: { current: uPlot | null }, span: Span): Promise<void> {
  const index = await optionalRead<DyadIndex[] | { dyads?: DyadIndex[] }>('/api/v1/tension');
  section.hidden = index === null;
  if (!index) return;
  const dyads = (Array.isArray(index) ? index : (index.dyads ?? []))
    .filter((d) => d.dyad.includes('-'))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, DYADS_SHOWN);
  const { from, to } = span;
  const histories = await Promise.all(
    dyads.map((d) =>
      optionalRead<History>(`/api/v1/tension/${encodeURIComponent(d.dyad)}/history`, {
        from: from.toISOString(),
        to: to.toISOString(),
        interval: to.getTime() - from.getTime() > MAX_DAILY_POINTS * DAY_MS ? 'week' : 'day',
      }),
    ),
  );
  const series = histories.filter((h): h is History => h !== null && h.points.length > 0);
  const times = [...new Set(series.flatMap((h) => h.points.map((p) => Date.parse(p.at) / 1_000)))].sort((a, b) => a - b);
  const data: uPlot.AlignedData = [
    times,
    ...series.map((h) => {
      const byTime = new Map(h.points.map((p) => [Date.parse(p.at) / 1_000, p.value]));
      return times.map((t) => byTime.get(t) ?? null);
    }),
  ];
  chart.current?.destroy();
  chart.current = new uPlot(
    {
      width: Math.max(280, container.clientWidth),
      height: 260,
      scales: { y: { range: [0, 100] } },
      series: [{}, ...series.map((h, i) => ({ label: h.dyad, stroke: COLOURS[i], width: 2, spanGaps: true }))],
      axes: [{}, { label: 'tension (0–100)' }],
    },
    data,
    container,
  );
}
