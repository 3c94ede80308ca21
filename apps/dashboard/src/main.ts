import { render } from 'lit-html';
import { followChanges } from './live';
import { currentAsOf, problemText, readAfter, reads, setAsOf } from './parley';
import { mountPostForm } from './post-form';
import { Span, drawTension } from './tension';
import { Development, loadTimeline, timelineItems } from './timeline';
import { trackCards } from './tracks';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const page = {
  asOf: $<HTMLInputElement>('as-of'),
  error: $('error'),
  tracks: $('tracks'),
  tension: { section: $('tension-section'), chart: $('tension'), dyads: $('tension-dyads'), marks: $('tension-marks'), why: $('tension-why') },
  actor: $<HTMLSelectElement>('filter-actor'),
  kind: $<HTMLSelectElement>('filter-kind'),
  timeline: $('timeline'),
  live: $('live'),
};

let entries: Development[] = [];

const options = (select: HTMLSelectElement, values: string[]) => {
  const chosen = select.value;
  select.replaceChildren(new Option('all', ''), ...values.map((v) => new Option(v.replace(/_/g, ' '), v)));
  select.value = values.includes(chosen) ? chosen : '';
};

function drawTimeline(): void {
  options(page.actor, [...new Set(entries.flatMap((e) => e.involved))].sort());
  options(page.kind, [...new Set(entries.map((e) => e.kind))].sort());
  const actor = page.actor.value;
  const kind = page.kind.value;
  const shown = entries.filter((e) => (!actor || e.involved.includes(actor)) && (!kind || e.kind === kind));
  render(timelineItems(shown), page.timeline);
}

const DAY_MS = 86_400_000;

/** From a week before the first development to the page's date, or a month past the last one. */
function span(): Span {
  const times = entries.map((e) => Date.parse(e.occurredAt));
  const asOf = currentAsOf();
  const last = times.length ? Math.max(...times) + 30 * DAY_MS : Date.now();
  const to = asOf ? Date.parse(asOf) : Math.min(Date.now(), last);
  const from = times.length ? Math.min(...times) - 7 * DAY_MS : to - 90 * DAY_MS;
  return { from: new Date(Math.min(from, to - DAY_MS)), to: new Date(to) };
}

/** Draws every section; says what the page now shows: its date ("now") or "error". */
async function load(): Promise<string> {
  try {
    const tracks = await reads.GET('/api/v1/negotiations');
    if (tracks.error) throw tracks.error;
    render(trackCards(tracks.data.tracks), page.tracks);
    entries = await loadTimeline();
    drawTimeline();
    await drawTension(page.tension, span(), entries);
    page.error.textContent = '';
    page.error.hidden = true;
    return page.asOf.value || 'now';
  } catch (error) {
    page.error.textContent = `Could not load: ${problemText(error)}`;
    page.error.hidden = false;
    return 'error';
  }
}

let loading = false;
let again = false;

/**
 * Reloads every section; a call during a load makes one more load after it, so the last date wins.
 * <body data-loaded> says what the page shows once it is settled (tests wait on it).
 */
async function refresh(): Promise<void> {
  delete document.body.dataset.loaded;
  if (loading) {
    again = true;
    return;
  }
  loading = true;
  let shown: string;
  do {
    again = false;
    shown = await load();
  } while (again);
  loading = false;
  document.body.dataset.loaded = shown;
}

page.asOf.max = new Date().toISOString().slice(0, 10);
page.asOf.addEventListener('change', () => {
  setAsOf(page.asOf.value || null);
  void refresh();
});
$('today').addEventListener('click', () => {
  page.asOf.value = '';
  setAsOf(null);
  void refresh();
});
page.actor.addEventListener('change', drawTimeline);
page.kind.addEventListener('change', drawTimeline);
mountPostForm($('post'), (position) => {
  readAfter(position);
  void refresh();
});
followChanges(() => void refresh(), (mode) => (page.live.textContent = mode));
void refresh();
