import { followChanges } from './live';
import { showDyad } from './pages/dyad';
import { showOverview } from './pages/overview';
import { showTrack } from './pages/track';
import { forgetReads, problemText, readAfter } from './parley';
import { Route, currentLocation, setParams } from './route';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const page = {
  view: $('view'),
  asOf: $<HTMLInputElement>('as-of'),
  knownAt: $<HTMLInputElement>('known-at'),
  error: $('error'),
  live: $('live'),
};

const onPosted = (position: number) => {
  readAfter(position);
  forgetReads();
  void refresh();
};

function show(route: Route, params: URLSearchParams): Promise<void> {
  if (route.page === 'track') return showTrack(page.view, route.trackId);
  if (route.page === 'dyad') return showDyad(page.view, route.dyad, params);
  return showOverview(page.view, params, onPosted);
}

/** The header's clocks say what the URL says: after a reload, a shared link, or Back. */
function syncClocks(params: URLSearchParams): void {
  page.asOf.value = params.get('asOf') ?? '';
  page.knownAt.value = (params.get('knownAt') ?? '').slice(0, 16);
}

/** Draws the page the URL names; says what it now shows: its date ("now") or "error". */
async function load(): Promise<string> {
  const { route, params } = currentLocation();
  syncClocks(params);
  try {
    await show(route, params);
    page.error.textContent = '';
    page.error.hidden = true;
    return params.get('asOf') || 'now';
  } catch (error) {
    page.error.textContent = `Could not load: ${problemText(error)}`;
    page.error.hidden = false;
    return 'error';
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Reloads the page; a call during a load makes one more load after it, so the last state wins, and
 * answers when that one is drawn. <body data-page data-loaded> say which page is shown and its date once
 * it is settled (tests wait on them).
 */
function refresh(): Promise<void> {
  delete document.body.dataset.loaded;
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let shown: string;
    do {
      again = false;
      shown = await load();
    } while (again);
    running = null;
    document.body.dataset.page = currentLocation().route.page;
    document.body.dataset.loaded = shown;
  })();
  return running;
}

/** A new page (not new filters on the same one) takes the focus to its title, as a page load would. */
let lastPath = window.location.hash.split('?')[0];
window.addEventListener('hashchange', () => {
  const path = window.location.hash.split('?')[0];
  const moved = path !== lastPath;
  lastPath = path;
  void refresh().then(() => {
    if (moved) (page.view.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? page.view).focus();
  });
});

page.asOf.max = new Date().toISOString().slice(0, 10);
page.asOf.addEventListener('change', () => setParams({ asOf: page.asOf.value || null }));
page.knownAt.addEventListener('change', () => setParams({ knownAt: page.knownAt.value || null }));
$('today').addEventListener('click', () => setParams({ asOf: null, knownAt: null }));
followChanges(() => {
  forgetReads();
  void refresh();
}, (mode) => (page.live.textContent = mode));
void refresh();
