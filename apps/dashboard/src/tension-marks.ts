import { html } from 'lit-html';
import type uPlot from 'uplot';
import { day } from './format';
import { Development, actingOf } from './timeline';

/** The moves of a peace process the chart marks on its time axis, each in a colour of its own. */
export const MARKED_KINDS: Readonly<Record<string, string>> = {
  ceasefire: '#1e8449',
  agreement: '#1f618d',
  talks: '#7f8c8d',
};

export interface Mark {
  readonly at: number;
  readonly kind: string;
  readonly label: string;
}

const stageOf = (d: Development): string => {
  const stage = d.details.stage ?? d.details.status;
  return typeof stage === 'string' ? stage.replace(/_/g, ' ') : '';
};

/** Ceasefires, agreements and rounds of talks within the chart's days. */
export const marksOf = (developments: readonly Development[], from: Date, to: Date): Mark[] =>
  developments
    .filter((d) => d.kind in MARKED_KINDS)
    .map((d) => ({ at: Date.parse(d.occurredAt), kind: d.kind, label: [d.kind.replace(/_/g, ' '), stageOf(d), [...actingOf(d), ...d.targets].join('–')].filter(Boolean).join(' ') }))
    .filter((m) => m.at >= from.getTime() && m.at <= to.getTime())
    .sort((a, b) => a.at - b.at);

/** A uPlot plugin drawing each mark as a dashed vertical line behind the series. */
export const marksPlugin = (marks: readonly Mark[]): uPlot.Plugin => ({
  hooks: {
    drawAxes: (u: uPlot) => {
      const { ctx } = u;
      const { top, height } = u.bbox;
      ctx.save();
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1.5;
      for (const mark of marks) {
        const x = u.valToPos(mark.at / 1_000, 'x', true);
        ctx.strokeStyle = MARKED_KINDS[mark.kind];
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, top + height);
        ctx.stroke();
      }
      ctx.restore();
    },
  },
});

/** The same marks as a list a screen reader and a test can read. */
export const markList = (marks: readonly Mark[]) =>
  marks.map(
    (m) => html`<li data-mark-kind=${m.kind}><span class="swatch" style="background:${MARKED_KINDS[m.kind]}"></span><time datetime=${new Date(m.at).toISOString()}>${day(new Date(m.at).toISOString())}</time> ${m.label}</li>`,
  );
