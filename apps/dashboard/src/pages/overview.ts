import { html, render } from 'lit-html';
import { listDevelopments } from '../developments';
import { indexExplained } from '../index-explained';
import { filterBar, filtersOf } from '../filters';
import { Shading, drawMap } from '../map';
import { reads } from '../parley';
import { mountPostForm } from '../post-form';
import { setParams } from '../route';
import { spanOf } from '../span';
import { drawTension } from '../tension';
import { readingAt } from '../tension-why';
import { timelineItems } from '../timeline';
import { trackCards } from '../tracks';

const FIELDS = ['q', 'actor', 'via', 'kind', 'trackId', 'country', 'confirmed', 'publisher', 'from', 'to'] as const;

const skeleton = () => html`
  <section aria-labelledby="map-title">
    <h2 id="map-title" tabindex="-1">Where</h2>
    <p class="muted">The developments the timeline's filters select, on a map; the chosen dyad's parties shaded by its tension.</p>
    <label class="shade">Shade by dyad <select id="map-dyad" @change=${(e: Event) => setParams({ shade: (e.target as HTMLSelectElement).value })}></select></label>
    <div id="map" class="map"></div>
  </section>
  <section id="tension-section" aria-labelledby="tension-title" hidden>
    <h2 id="tension-title">Tension by dyad</h2>
    <div id="tension-dyads" class="chips"></div>
    <div id="tension"></div>
    <ul id="tension-marks" class="marks" aria-label="ceasefires, agreements and rounds of talks on the chart"></ul>
    <div id="tension-why" class="why" aria-live="polite"></div>
    <p class="muted">Click a line, or pick a dyad and a day, to see why it reads what it does; a dyad's name opens its page. ${indexExplained()}</p>
  </section>
  <section aria-labelledby="tracks-title">
    <h2 id="tracks-title">Negotiation tracks</h2>
    <div id="tracks" class="cards"></div>
  </section>
  <section aria-labelledby="timeline-title">
    <h2 id="timeline-title">Timeline</h2>
    <div id="timeline-filters"></div>
    <ol id="timeline" class="timeline"></ol>
  </section>
  <section aria-labelledby="post-title">
    <h2 id="post-title">Post a development</h2>
    <div id="post"></div>
  </section>
`;

/** The post form keeps what the reader typed across reloads: it is mounted once per visit of the page. */
const mounted = new WeakSet<Element>();

const $ = (view: HTMLElement, id: string) => view.querySelector<HTMLElement>(`#${id}`)!;

/**
 * The overview: the map, the tension of the dyads that peaked in the period, the tracks, and the timeline
 * with its search, filters and exports (which select what the map shows too).
 */
export async function showOverview(view: HTMLElement, params: URLSearchParams, onPosted: (position: number) => void): Promise<void> {
  render(skeleton(), view);
  const post = $(view, 'post');
  if (!mounted.has(post)) {
    mounted.add(post);
    mountPostForm(post, onPosted);
  }
  const filters = filtersOf(params, FIELDS);
  const tracks = await reads.GET('/api/v1/negotiations');
  if (tracks.error) throw tracks.error;
  render(trackCards((tracks.data as { tracks: Parameters<typeof trackCards>[0] }).tracks), $(view, 'tracks'));
  const [all, chosen] = await Promise.all([listDevelopments(), listDevelopments(filters)]);
  render(filterBar(filters, FIELDS, all.developments, chosen.inPage, 'timeline'), $(view, 'timeline-filters'));
  render(timelineItems(chosen.developments), $(view, 'timeline'));
  const tension = { section: $(view, 'tension-section'), chart: $(view, 'tension'), dyads: $(view, 'tension-dyads'), marks: $(view, 'tension-marks'), why: $(view, 'tension-why') };
  const series = await drawTension(tension, spanOf(all.developments), all.developments);
  const dyads = series.map((h) => h.dyad);
  const shade = params.get('shade') && dyads.includes(params.get('shade')!) ? params.get('shade')! : dyads[0];
  const select = $(view, 'map-dyad') as HTMLSelectElement;
  render(html`${dyads.map((d) => html`<option value=${d} ?selected=${d === shade}>${d}</option>`)}`, select);
  const last = series.find((h) => h.dyad === shade)?.points.at(-1);
  const reading = shade && last ? await readingAt(shade, last.at) : null;
  const shading: Shading | null = reading ? { dyad: shade!, value: reading.value, level: reading.level } : null;
  await drawMap($(view, 'map'), chosen.developments, shading);
}
