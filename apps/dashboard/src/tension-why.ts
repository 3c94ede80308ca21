import { html, nothing } from 'lit-html';
import { day } from './format';
import { optionalRead } from './parley';

interface Contribution {
  eventId: string;
  kind: string;
  cameoCode: string;
  goldstein: number;
  channel: 'conflict' | 'cooperation';
  contribution: number;
  relief: number;
  occurredAt: string;
  via?: string;
}

export interface DyadReading {
  dyad: string;
  value: number;
  level: string;
  conflict: number;
  cooperation: number;
  setAside?: number;
  asOf: string;
  contributions: Contribution[];
  deEscalation?: { kind: string; stage: string; since: string; strength: number; setAside: number } | null;
}

/** One dyad's reading at one moment, with the contributions behind it: "why 77?". */
export const readingAt = (dyad: string, at: string): Promise<DyadReading | null> =>
  optionalRead<DyadReading>(`/api/v1/tension/${encodeURIComponent(dyad)}`, { asOf: at, limit: '10' });

const figure = (n: number) => n.toFixed(2);

export const why = (r: DyadReading) => html`
  <h3>${r.dyad} on ${day(r.asOf)}: <span data-fact="value">${r.value.toFixed(1)}</span> (${r.level})</h3>
  <p class="muted">
    100 × (conflict ${figure(r.conflict)}${r.setAside ? html` − set aside ${figure(r.setAside)}` : nothing}) / (conflict + cooperation
    ${figure(r.cooperation)} + scale)
  </p>
  ${r.deEscalation
    ? html`<p data-fact="de-escalation">${r.deEscalation.kind} ${r.deEscalation.stage} since ${day(r.deEscalation.since)}: sets aside
        ${Math.round(r.deEscalation.strength * 100)} % of the conflict before it (${figure(r.deEscalation.setAside)})</p>`
    : nothing}
  <ol class="contributions">
    ${r.contributions.map(
      (c) => html`<li data-channel=${c.channel}>
        <strong>${figure(c.contribution * (c.channel === 'conflict' ? c.relief : 1))}</strong>
        ${c.kind.replace(/_/g, ' ')} (${c.cameoCode}, ${c.goldstein > 0 ? '+' : ''}${c.goldstein}) on ${day(c.occurredAt)}
        ${c.via ? html`<span class="badge">via ${c.via}</span>` : nothing}
        ${c.relief < 1 && c.channel === 'conflict' ? html`<span class="badge">set aside ${Math.round((1 - c.relief) * 100)} %</span>` : nothing}
      </li>`,
    )}
  </ol>
`;
