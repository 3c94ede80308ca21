/**
 * The page's state lives in its hash, so a view can be shared and a reload restores it:
 * `#/` the overview, `#/track/{trackId}`, `#/dyad/{A-B}`, each with `?asOf=YYYY-MM-DD&knownAt=YYYY-MM-DD`
 * and the page's own filters (`q`, `kind`, `actor`, …).
 */
export type Route =
  | { readonly page: 'overview' }
  | { readonly page: 'track'; readonly trackId: string }
  | { readonly page: 'dyad'; readonly dyad: string };

export interface PageLocation {
  readonly route: Route;
  readonly params: URLSearchParams;
}

function routeOf(path: string): Route {
  const [, page, id] = path.split('/').map(decodeURIComponent);
  if (page === 'track' && id) return { page: 'track', trackId: id };
  if (page === 'dyad' && id) return { page: 'dyad', dyad: id };
  return { page: 'overview' };
}

export function currentLocation(): PageLocation {
  const hash = window.location.hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?');
  return { route: routeOf(path || '/'), params: new URLSearchParams(query) };
}

const pathOf = (route: Route): string =>
  route.page === 'track' ? `/track/${encodeURIComponent(route.trackId)}` : route.page === 'dyad' ? `/dyad/${encodeURIComponent(route.dyad)}` : '/';

/** The clocks travel with every link: following one keeps the moment the reader chose. */
const CARRIED = ['asOf', 'knownAt'];

/** A link to another page, carrying the clocks of this one. */
export function hrefOf(route: Route, extra: Record<string, string> = {}): string {
  const here = currentLocation().params;
  const params = new URLSearchParams();
  for (const key of CARRIED) if (here.get(key)) params.set(key, here.get(key)!);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return `#${pathOf(route)}${query ? `?${query}` : ''}`;
}

/**
 * Changes some of this page's parameters (an empty value removes one). `replace` for typing in a
 * search box, so that Back does not step through every letter.
 */
export function setParams(changes: Record<string, string | null>, replace = false): void {
  const { route, params } = currentLocation();
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  const hash = `#${pathOf(route)}${query ? `?${query}` : ''}`;
  if (hash === window.location.hash) return;
  // The page is no longer what it shows: whoever waits for it to settle (a test) waits for the next load.
  delete document.body.dataset.loaded;
  if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = hash;
}
