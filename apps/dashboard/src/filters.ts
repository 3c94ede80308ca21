import { html, nothing } from 'lit-html';
import { Development, Filters, countryOf, csvHref } from './developments';
import { currentAsOf, currentKnownAt } from './parley';
import { setParams } from './route';

/** The filters a list shows: the dyad page has its parties fixed, so no actor or track. */
export type FilterField = keyof Filters;

export const filtersOf = (params: URLSearchParams, fields: readonly FilterField[]): Filters =>
  Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Filters;

const words = (s: string) => s.replace(/_/g, ' ');

const choice = (id: string, label: string, field: FilterField, value: string, values: readonly string[], named: (v: string) => string = words) => html`
  <label>${label}
    <select id=${id} @change=${(e: Event) => setParams({ [field]: (e.target as HTMLSelectElement).value })}>
      <option value="">all</option>
      ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${named(v)}</option>`)}
    </select>
  </label>
`;

/** The refused filters the reader chose (not those the page adds, such as via). */
const shownInPage = (inPage: readonly string[], fields: readonly FilterField[]) => inPage.filter((f) => fields.includes(f as FilterField));

/**
 * Search, filters and export links of a list. Every value lives in the URL, so a filtered view can
 * be shared; the search box waits for Enter or a pause, and replaces the history entry meanwhile.
 * `all` are the unfiltered developments, whose actors, kinds and tracks the selects offer.
 */
export function filterBar(filters: Filters, fields: readonly FilterField[], all: readonly Development[], inPage: readonly string[], prefix: string) {
  const has = (f: FilterField) => fields.includes(f);
  let typing: ReturnType<typeof setTimeout> | undefined;
  const search = (value: string, now: boolean) => {
    clearTimeout(typing);
    typing = setTimeout(() => setParams({ q: value.trim() || null }, true), now ? 0 : 400);
  };
  const clocks = { asOf: currentAsOf(), knownAt: currentKnownAt() };
  return html`
    <form class="filters" role="search" @submit=${(e: Event) => { e.preventDefault(); search(((e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value, true); }}>
      ${has('q')
        ? html`<label>Search <input id=${`${prefix}-q`} name="q" type="search" .value=${filters.q ?? ''} placeholder="words in summaries, quotes, sources"
            @input=${(e: Event) => search((e.target as HTMLInputElement).value, false)} /></label>`
        : nothing}
      ${has('actor') ? choice(`${prefix === 'timeline' ? 'filter' : prefix}-actor`, 'Actor', 'actor', filters.actor ?? '', [...new Set(all.flatMap((d) => d.involved))].sort()) : nothing}
      ${has('kind') ? choice(`${prefix === 'timeline' ? 'filter' : prefix}-kind`, 'Kind', 'kind', filters.kind ?? '', [...new Set(all.map((d) => d.kind))].sort()) : nothing}
      ${has('trackId') ? choice(`${prefix}-track`, 'Track', 'trackId', filters.trackId ?? '', [...new Set(all.flatMap((d) => (d.trackId ? [d.trackId] : [])))].sort()) : nothing}
      ${has('via') && filters.actor
        ? html`<label><input id=${`${prefix}-via`} type="checkbox" .checked=${filters.via === 'true'}
            @change=${(e: Event) => setParams({ via: (e.target as HTMLInputElement).checked ? 'true' : null })} /> and the groups it backs</label>`
        : nothing}
      ${has('country') ? choice(`${prefix}-country`, 'Country', 'country', filters.country ?? '', [...new Set(all.flatMap((d) => countryOf(d) ?? []))].sort()) : nothing}
      ${has('confirmed') ? choice(`${prefix}-confirmed`, 'Confirmed', 'confirmed', filters.confirmed ?? '', ['true', 'false'], (v) => (v === 'true' ? 'confirmed' : 'unconfirmed')) : nothing}
      ${has('publisher') ? choice(`${prefix}-publisher`, 'Source', 'publisher', filters.publisher ?? '', [...new Set(all.flatMap((d) => d.sources.map((s) => s.publisher)))].sort(), String) : nothing}
      ${has('from') ? html`<label>From <input id=${`${prefix}-from`} type="date" .value=${filters.from ?? ''} @change=${(e: Event) => setParams({ from: (e.target as HTMLInputElement).value })} /></label>` : nothing}
      ${has('to') ? html`<label>To <input id=${`${prefix}-to`} type="date" .value=${filters.to ?? ''} @change=${(e: Event) => setParams({ to: (e.target as HTMLInputElement).value })} /></label>` : nothing}
      <span class="exports">
        Export as CSV:
        <a href=${csvHref('developments', filters, clocks)} download="developments.csv" data-export="developments">developments</a>
        <a href=${csvHref('statements', { ...filters, kind: undefined, country: undefined }, clocks)} download="statements.csv" data-export="statements">statements</a>
      </span>
      ${shownInPage(inPage, fields).length ? html`<p class="muted in-page">Filtered in the page (the service does not take ${shownInPage(inPage, fields).join(', ')} yet).</p>` : nothing}
    </form>
  `;
}
