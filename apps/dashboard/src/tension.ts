import { html, nothing, render } from 'lit-html';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { keptRead } from './parley';
import { markList, marksOf, marksPlugin } from './tension-marks';
import { readingAt, why } from './tension-why';
import { hrefOf } from './route';
import type { Development } from './timeline';

interface Overview {
  dyads: { dyad: string; value: number }[];
}

export interface History {
  dyad: string;
  points: { at: string; value: number }[];
}

const COLOURS = ['#c0392b', '#2471a3', '#7d3c98', '#1e8449', '#b9770e', '#566573'];
const DAY_MS = 86_400_000;
const DYADS_SHOWN = COLOURS.length;
const MAX_DAILY_POINTS = 180;
/** Overview readings across the span that pick the dyads: each dyad's peak among them. */
const SAMPLES = 12;

/** The days the chart covers: from a week before the first development to the page's date. */
export interface Span {
  readonly from: Date;
  readonly to: Date;
}

export interface TensionView {
  readonly section: HTMLElement;
  readonly chart: HTMLElement;
  readonly dyads: HTMLElement;
  readonly marks: HTMLElement;
  readonly why: HTMLElement;
}

/** The dyads the reader chose; null until they add or remove one, when the page picks by peak. */
let chosen: string[] | null = null;
let plot: uPlot | null = null;

/** Every dyad with a reading in the span, highest peak first. */
async function dyadsByPeak({ from, to }: Span): Promise<{ dyad: string; peak: number }[]> {
  const step = (to.getTime() - from.getTime()) / (SAMPLES - 1);
  const overviews = await Promise.all(
    Array.from({ length: SAMPLES }, (_, i) => keptRead<Overview>('/api/v1/tension', { asOf: new Date(from.getTime() + i * step).toISOString() })),
  );
  const peaks = new Map<string, number>();
  for (const { dyad, value } of overviews.flatMap((o) => o?.dyads ?? [])) peaks.set(dyad, Math.max(peaks.get(dyad) ?? 0, value));
  return [...peaks].map(([dyad, peak]) => ({ dyad, peak })).sort((a, b) => b.peak - a.peak || a.dyad.localeCompare(b.dyad));
}

const historyOf = (dyad: string, { from, to }: Span) =>
  keptRead<History>(`/api/v1/tension/${encodeURIComponent(dyad)}/history`, {
    from: from.toISOString(),
    to: to.toISOString(),
    interval: to.getTime() - from.getTime() > MAX_DAILY_POINTS * DAY_MS ? 'week' : 'day',
  });

export async function explain(view: TensionView, dyad: string, at: string): Promise<void> {
  const reading = await readingAt(dyad, at);
  render(reading ? why(reading) : html``, view.why);
  view.why.dataset.dyad = dyad;
}

/** The dyad whose line is nearest the cursor, among those drawn. */
function nearestSeries(u: uPlot, idx: number): number {
  const value = u.posToVal(u.cursor.top ?? 0, 'y');
  let best = 1;
  for (let s = 1; s < u.series.length; s++) {
    const v = u.data[s][idx];
    const bestV = u.data[best][idx];
    if (v != null && (bestV == null || Math.abs(v - value) < Math.abs(bestV - value))) best = s;
  }
  return best;
}

function drawChart(view: TensionView, series: History[], span: Span, developments: readonly Development[]): void {
  const times = [...new Set(series.flatMap((h) => h.points.map((p) => Date.parse(p.at) / 1_000)))].sort((a, b) => a - b);
  const data: uPlot.AlignedData = [
    times,
    ...series.map((h) => {
      const byTime = new Map(h.points.map((p) => [Date.parse(p.at) / 1_000, p.value]));
      return times.map((t) => byTime.get(t) ?? null);
    }),
  ];
  const marks = marksOf(developments, span.from, span.to);
  plot?.destroy();
  plot = new uPlot(
    {
      width: Math.max(280, view.chart.clientWidth),
      height: 260,
      scales: { y: { range: [0, 100] } },
      series: [{}, ...series.map((h, i) => ({ label: h.dyad, stroke: COLOURS[i], width: 2, spanGaps: true }))],
      axes: [{}, { label: 'tension (0–100)' }],
      plugins: [marksPlugin(marks)],
    },
    data,
    view.chart,
  );
  const u = plot;
  u.over.addEventListener('click', () => {
    const idx = u.cursor.idx;
    if (idx == null || series.length === 0) return;
    void explain(view, series[nearestSeries(u, idx) - 1].dyad, new Date(times[idx] * 1_000).toISOString());
  });
  render(markList(marks), view.marks);
}

const chips = (view: TensionView, shown: readonly string[], others: readonly string[], redraw: () => void, span: Span, fixed: boolean) => html`
  ${fixed
    ? nothing
    : shown.map(
        (dyad, i) => html`<span class="chip" style="border-color:${COLOURS[i]}"><a href=${hrefOf({ page: 'dyad', dyad })}>${dyad}</a>
          <button type="button" aria-label=${`remove ${dyad}`} @click=${() => { chosen = shown.filter((d) => d !== dyad); redraw(); }}>×</button></span>`,
      )}
  ${!fixed && shown.length < DYADS_SHOWN && others.length
    ? html`<label>add <select id="tension-add" @change=${(e: Event) => { chosen = [...shown, (e.target as HTMLSelectElement).value]; redraw(); }}>
        <option value="">a dyad…</option>${others.map((d) => html`<option value=${d}>${d}</option>`)}</select></label>`
    : ''}
  <form class="explain" @submit=${(e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    void explain(view, String(form.get('dyad')), `${String(form.get('day'))}T23:59:59.999Z`);
  }}>
    <label>why? <select name="dyad">${shown.map((d) => html`<option value=${d}>${d}</option>`)}</select></label>
    <input name="day" type="date" aria-label="day to explain" required min=${span.from.toISOString().slice(0, 10)} max=${span.to.toISOString().slice(0, 10)} />
    <button type="submit">explain</button>
  </form>
`;

/**
 * The tension index of the dyads over the span, one line each: by default those that peaked highest in
 * it, which the reader can change, or the one dyad of a dyad's page (`only`); ceasefires, agreements and
 * rounds marked on the time axis; a click on a line explains that reading. The section stays hidden
 * while the service has no tension index. Answers the lines drawn.
 */
export async function drawTension(view: TensionView, span: Span, developments: readonly Development[], only?: string): Promise<History[]> {
  const ranked = only ? [] : await dyadsByPeak(span);
  view.section.hidden = !only && ranked.length === 0;
  const shown = only ? [only] : (chosen ?? ranked.slice(0, DYADS_SHOWN).map((r) => r.dyad)).slice(0, DYADS_SHOWN);
  const histories = await Promise.all(shown.map((dyad) => historyOf(dyad, span)));
  const series = histories.filter((h): h is History => h !== null && h.points.length > 0);
  const redraw = () => void drawTension(view, span, developments, only);
  const others = ranked.map((r) => r.dyad).filter((d) => !shown.includes(d));
  render(chips(view, series.map((h) => h.dyad), others, redraw, span, Boolean(only)), view.dyads);
  drawChart(view, series, span, only ? developments.filter((d) => d.dyads?.includes(only) ?? true) : developments);
  return series;
}
