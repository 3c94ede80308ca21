import { html, nothing } from 'lit-html';
import { day } from './format';
import { reads } from './parley';

/** One development as GET /api/v1/developments lists it: any kind, with its sources. */
export interface Development {
  id: string;
  kind: string;
  actor: string;
  /** Every actor, when several acted together (a ceasefire's parties), and the person who acted. */
  actors: string[];
  person: string | null;
  targets: string[];
  involved: string[];
  occurredAt: string;
  location: string | null;
  summary: string | null;
  magnitude: Record<string, number>;
  details: Record<string, unknown>;
  sources: { publisher: string; url?: string }[];
  confirmed: boolean;
}

/** Every standing development up to the page's date, newest first (the order the service lists them in). */
export async function loadTimeline(): Promise<Development[]> {
  const { data, error } = await reads.GET('/api/v1/developments', { params: { query: { limit: 500 } } });
  if (error) throw error;
  return (data as unknown as { developments: Development[] }).developments;
}

const words = (kind: string) => kind.replace(/_/g, ' ');

/** The states, organisations and groups that acted: a person is named in the summary, not among them. */
export const actingOf = (d: Development): string[] => d.actors.filter((a) => a !== d.person);

/** What the line says when the development carries no summary of its own. */
const summaryOf = (d: Development): string =>
  d.summary ??
  [words(d.kind), d.location && `in ${d.location}`, ...Object.entries(d.magnitude).map(([k, v]) => `${k} ${v.toLocaleString('en')}`)]
    .filter(Boolean)
    .join(', ');

const provenance = (d: Development) => html`
  <span class="provenance">
    ${d.sources.length ? html`source: ${d.sources.map((s) => s.publisher).join(', ')}` : 'no source given'}
    <span class=${d.confirmed ? 'badge confirmed' : 'badge unconfirmed'}>${d.confirmed ? 'confirmed' : 'unconfirmed'}</span>
  </span>
`;

export const timelineItems = (developments: readonly Development[]) =>
  developments.length === 0
    ? html`<li class="empty">Nothing recorded for this selection.</li>`
    : developments.map(
        (d) => html`
          <li data-kind=${d.kind}>
            <time datetime=${d.occurredAt}>${day(d.occurredAt)}</time>
            <span class="kind">${words(d.kind)}</span>
            <span class="actor">${actingOf(d).join(' + ')}${d.targets.length ? html` → ${d.targets.join(', ')}` : nothing}</span>
            <p>${summaryOf(d)}</p>
            ${provenance(d)}
          </li>
        `,
      );
