import { html, nothing, svg } from 'lit-html';
import type { Schemas } from '@parley/client';
import { day, length, minutes, when } from '../format';

export type Round = Schemas['TrackRoundsDto']['rounds'][number];

const WIDTH = 900;
const ROW = 34;
const LEFT = 80;
const RIGHT = 20;
const TOP = 24;

const STATUS_COLOURS: Record<Round['status'], string> = {
  scheduled: '#2471a3',
  in_session: '#b9770e',
  concluded: '#1e8449',
  broken_off: '#c0392b',
  postponed: '#922b21',
  cancelled: '#7f8c8d',
};

const words = (s: string) => s.replace(/_/g, ' ');

/** Every moment a round's row shows: what was announced first, each postponement, and what happened. */
const momentsOf = (r: Round): number[] =>
  [r.originalScheduledStart, r.scheduledStart, r.startedAt, r.endedAt, r.cancelledAt, ...r.postponements.flatMap((p) => [p.from, p.to])]
    .filter((t): t is string => Boolean(t))
    .map(Date.parse);

/**
 * The rounds on one time axis, a row each: a hollow circle where the round was first scheduled, arrows
 * for each postponement, a filled bar from its actual start to its end in the colour of its status, a
 * cross where it broke off or was cancelled. The table after it gives the same facts in words.
 */
export function roundsAxis(rounds: readonly Round[]) {
  if (rounds.length === 0) return html`<p class="empty">No round scheduled on this track.</p>`;
  const times = rounds.flatMap(momentsOf);
  const pad = 86_400_000;
  const [t0, t1] = [Math.min(...times) - pad, Math.max(...times) + pad];
  const x = (iso: string) => LEFT + ((Date.parse(iso) - t0) / (t1 - t0)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rounds.length * ROW + 10;
  const ticks = Array.from({ length: 5 }, (_, i) => new Date(t0 + ((t1 - t0) * i) / 4).toISOString());
  return html`
    <div class="axis-scroll"><svg class="rounds-axis" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="rounds on a time axis: first scheduled, postponed, held; the table below gives each in words">
      <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#922b21"></path></marker></defs>
      ${ticks.map((t, i) => svg`<g><line x1=${x(t)} x2=${x(t)} y1=${TOP - 6} y2=${height - 6} stroke="#d5dbdb"></line><text x=${x(t)} y=${TOP - 10} text-anchor=${i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} class="tick">${day(t)}</text></g>`)}
      ${rounds.map((r, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const colour = STATUS_COLOURS[r.status];
        const stop = r.endedAt ?? r.cancelledAt;
        return svg`<g data-round=${r.round}>
          <text x="4" y=${y + 4} class="label">Round ${r.round}</text>
          <circle cx=${x(r.originalScheduledStart)} cy=${y} r="5" fill="none" stroke="#2471a3" stroke-width="2"><title>first scheduled ${when(r.originalScheduledStart)}</title></circle>
          ${r.postponements.map((p) => svg`<line x1=${x(p.from)} x2=${x(p.to)} y1=${y - 8} y2=${y - 8} stroke="#922b21" stroke-width="1.5" marker-end="url(#arrow)"><title>postponed from ${when(p.from)} to ${when(p.to)}</title></line>`)}
          ${r.startedAt
            ? svg`<rect x=${x(r.startedAt)} y=${y - 5} width=${Math.max(6, (r.endedAt ? x(r.endedAt) : x(r.startedAt) + 6) - x(r.startedAt))} height="10" rx="3" fill=${colour}><title>${words(r.status)}: ${when(r.startedAt)}${r.endedAt ? ` to ${when(r.endedAt)}` : ''}</title></rect>`
            : r.status === 'cancelled'
              ? nothing
              : svg`<circle cx=${x(r.scheduledStart)} cy=${y} r="5" fill=${colour}><title>${words(r.status)} for ${when(r.scheduledStart)}</title></circle>`}
          ${(r.status === 'broken_off' || r.status === 'cancelled') && stop
            ? svg`<text x=${x(stop)} y=${y + 5} text-anchor="middle" class="cross" fill=${colour}><title>${words(r.status)} ${when(stop)}${r.reason ? `: ${r.reason}` : ''}</title>✕</text>`
            : nothing}
        </g>`;
      })}
    </svg></div>
    <ul class="legend">
      <li><span class="dot hollow"></span>first scheduled</li>
      <li><span class="swatch" style="background:#922b21"></span>postponement, from the old date to the new</li>
      ${Object.entries(STATUS_COLOURS).map(([s, c]) => html`<li><span class="dot square" style="background:${c}"></span>${words(s)}</li>`)}
      <li>✕ broken off or cancelled</li>
    </ul>
  `;
}

/** The same rounds in words, one row each. */
export const roundsTable = (rounds: readonly Round[]) => html`
  <div>
    <table class="rounds">
      <caption>Rounds, scheduled against held</caption>
      <thead><tr>
        <th scope="col">Round</th><th scope="col">Status</th><th scope="col">First scheduled</th><th scope="col">Postponements</th>
        <th scope="col">Started</th><th scope="col">Delay</th><th scope="col">Length</th><th scope="col">Where</th><th scope="col">Outcome or reason</th>
      </tr></thead>
      <tbody>
        ${rounds.map(
          (r) => html`<tr data-round=${r.round}>
            <th scope="row">Round ${r.round}</th>
            <td data-label="Status" data-fact="status">${words(r.status)}</td>
            <td data-label="First scheduled">${when(r.originalScheduledStart)}</td>
            <td data-label="Postponements">${r.postponements.length ? r.postponements.map((p) => html`<div>to ${day(p.to)}${p.reason ? ` (${p.reason})` : ''}</div>`) : '—'}</td>
            <td data-label="Started">${when(r.startedAt)}</td>
            <td data-label="Delay">${r.startedAt ? minutes(r.delayMinutes) : '—'}</td>
            <td data-label="Length">${length(r.durationMinutes)}</td>
            <td data-label="Where">${r.city ?? words(r.format)}${r.venue ? `, ${r.venue}` : ''}</td>
            <td data-label="Outcome or reason">${r.outcomes.map((o) => html`<div>${o.summary}</div>`)}${r.reason ? html`<div>${r.reason}</div>` : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>
`;
