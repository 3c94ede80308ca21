import { html, render } from 'lit-html';
import { listDevelopments } from '../developments';
import { filterBar, filtersOf } from '../filters';
import { day } from '../format';
import { indexExplained } from '../index-explained';
import { currentAsOf } from '../parley';
import { hrefOf } from '../route';
import { spanOf } from '../span';
import { History, TensionView, drawTension, explain } from '../tension';
import { timelineItems } from '../timeline';

const FIELDS = ['q', 'kind', 'confirmed', 'publisher', 'from', 'to'] as const;

const skeleton = (dyad: string) => html`
  <nav class="crumbs" aria-label="breadcrumb"><a href=${hrefOf({ page: 'overview' })}>Overview</a> › dyad</nav>
  <section aria-labelledby="dyad-title" data-dyad-page=${dyad}>
    <h2 id="dyad-title" tabindex="-1">Tension ${dyad}</h2>
    <p class="muted">The index between ${dyad.split('-').join(' and ')}, with ceasefires, agreements and rounds of talks marked;
      click the line, pick a day, or use the table of readings to see the contributions behind a reading. ${indexExplained()}</p>
    <div id="tension-dyads" class="chips"></div>
    <div id="tension"></div>
    <ul id="tension-marks" class="marks" aria-label="ceasefires, agreements and rounds of talks on the chart"></ul>
    <div id="tension-why" class="why" aria-live="polite"></div>
    <details class="readings"><summary>Readings as a table</summary><div id="readings"></div></details>
  </section>
  <section aria-labelledby="dyad-list-title">
    <h2 id="dyad-list-title">Statements and developments</h2>
    <div id="dyad-filters"></div>
    <ol id="dyad-timeline" class="timeline"></ol>
  </section>
`;

/** Every reading of the chart, with a button that explains it: the chart's points for a keyboard. */
const readingsTable = (view: TensionView, history: History | undefined) =>
  history
    ? html`<div class="table-scroll"><table>
        <thead><tr><th scope="col">Day</th><th scope="col">Value</th><th scope="col"><span class="visually-hidden">explain</span></th></tr></thead>
        <tbody>${[...history.points].reverse().map(
          (p) => html`<tr><td><time datetime=${p.at}>${day(p.at)}</time></td><td>${p.value.toFixed(1)}</td>
            <td><button type="button" @click=${() => void explain(view, history.dyad, p.at)}>why?</button></td></tr>`,
        )}</tbody></table></div>`
    : html`<p class="empty">No reading in this period.</p>`;

const $ = (view: HTMLElement, id: string) => view.querySelector<HTMLElement>(`#${id}`)!;

/**
 * One dyad: its tension over the period with events marked, the contributions behind the reading at
 * the page's moment (or any point chosen), and its statements and developments, searchable.
 */
export async function showDyad(view: HTMLElement, dyad: string, params: URLSearchParams): Promise<void> {
  render(skeleton(dyad), view);
  const filters = filtersOf(params, FIELDS);
  // The service lists by actor: each party's acts, and those of the groups it backs (via), that
  // concern the other party; a development of the pair itself names it in `dyads`.
  const ofDyad = async (extra: typeof filters) => {
    const parties = dyad.split('-');
    const lists = await Promise.all(parties.map((actor) => listDevelopments({ ...extra, actor, via: 'true' })));
    const byId = new Map(
      lists.flatMap((listed, i) => listed.developments.filter((d) => d.dyads?.includes(dyad) || d.involved.includes(parties[1 - i]))).map((d) => [d.id, d]),
    );
    const developments = [...byId.values()].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    return { developments, inPage: [...new Set(lists.flatMap((l) => l.inPage))] };
  };
  const [all, chosen] = await Promise.all([ofDyad({}), ofDyad(filters)]);
  render(filterBar(filters, FIELDS, all.developments, chosen.inPage, 'dyad'), $(view, 'dyad-filters'));
  render(timelineItems(chosen.developments), $(view, 'dyad-timeline'));
  const tension: TensionView = { section: view, chart: $(view, 'tension'), dyads: $(view, 'tension-dyads'), marks: $(view, 'tension-marks'), why: $(view, 'tension-why') };
  const span = spanOf(all.developments);
  const [history] = await drawTension(tension, span, all.developments, dyad);
  render(readingsTable(tension, history), $(view, 'readings'));
  // The reading at the page's moment is explained from the start ("why is it what it is?"); a point the
  // reader chose stays explained while the page reloads for news, until the moment changes.
  const moment = currentAsOf() ?? 'now';
  if (tension.why.dataset.dyad !== dyad || tension.why.dataset.moment !== moment) {
    await explain(tension, dyad, currentAsOf() ?? span.to.toISOString());
    tension.why.dataset.moment = moment;
  }
}
