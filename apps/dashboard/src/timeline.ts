import { html, nothing } from 'lit-html';
import { day } from './format';
import { Development, figureTotal, placeName } from './developments';

export type { Development } from './developments';

const words = (kind: string) => kind.replace(/_/g, ' ');

/** The states, organisations and groups that acted: a person is named in the summary, not among them. */
export const actingOf = (d: Development): string[] => d.actors.filter((a) => a !== d.person);

/** Its figures in words: approximate or claimed ones say so. */
const figures = (d: Development): string[] =>
  Object.entries(d.magnitude)
    .filter(([, v]) => typeof v === 'number' || (typeof v === 'object' && v !== null))
    .map(([k, v]) => `${k} ${d.magnitude.approximate ? 'about ' : ''}${figureTotal(v).toLocaleString('en')}${d.magnitude.claimedBy ? ` (claimed by ${String(d.magnitude.claimedBy)})` : ''}`);

/** What the line says when the development carries no summary of its own. */
const summaryOf = (d: Development): string =>
  d.summary ??
  [words(d.kind), placeName(d.location) && `in ${placeName(d.location)}`, ...figures(d)]
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
          <li data-kind=${d.kind} data-development=${d.id}>
            <time datetime=${d.occurredAt}>${day(d.occurredAt)}</time>
            <span class="kind">${words(d.kind)}</span>
            <span class="actor">${actingOf(d).join(' + ')}${d.targets.length ? html` → ${d.targets.join(', ')}` : nothing}</span>
            ${d.summary && placeName(d.location) ? html`<span class="place">${placeName(d.location)}</span>` : nothing}
            <p>${summaryOf(d)}</p>
            ${d.notes ? html`<p class="muted">${d.notes}</p>` : nothing}
            ${provenance(d)}
          </li>
        `,
      );
