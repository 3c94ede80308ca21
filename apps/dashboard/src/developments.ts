import { optionalRead } from './parley';

/** Where a development happened (the places contract): coordinates only when typed, found in the gazetteer, or a country's centroid. */
export interface Place {
  name: string;
  country?: string;
  admin1?: string;
  latitude?: number;
  longitude?: number;
  precision?: 'given' | 'place' | 'country';
}

/** A figure, or one split by side ({ total?, bySide }). */
export type Figure = number | { total?: number; bySide?: Record<string, number> };

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
  dyads?: string[];
  trackId?: string | null;
  occurredAt: string;
  /** A plain name until places is in; an object with coordinates after. */
  location: string | Place | null;
  summary: string | null;
  magnitude: Record<string, Figure | boolean | string | undefined>;
  details: Record<string, unknown>;
  sources: { publisher: string; url?: string }[];
  confirmed: boolean;
  notes?: string;
}

/** The filters of every list (the search contract); empty ones are not sent. */
export interface Filters {
  q?: string;
  actor?: string;
  kind?: string;
  trackId?: string;
  from?: string;
  to?: string;
  /** With actor: also the acts of groups it backs. The page cannot apply it itself; a service without it lists the actor's own acts. */
  via?: string;
  /** ISO-3 of the place. */
  country?: string;
  /** "true" or "false". */
  confirmed?: string;
  publisher?: string;
}

export const FILTER_KEYS = ['q', 'actor', 'via', 'kind', 'trackId', 'country', 'confirmed', 'publisher', 'from', 'to'] as const;

/** The country of a development's place, when its location names one. */
export const countryOf = (d: Development): string | null => (d.location && typeof d.location === 'object' ? (d.location.country ?? null) : null);

export const placeName = (location: Development['location']): string | null =>
  location === null ? null : typeof location === 'string' ? location : location.name;

/** The coordinates of a development, when its place has them. */
export function coordinatesOf(d: Development): [number, number] | null {
  const l = d.location;
  if (l === null || typeof l === 'string' || typeof l.latitude !== 'number' || typeof l.longitude !== 'number') return null;
  return [l.longitude, l.latitude];
}

/** A figure's total: the total given, else the sum of the sides. */
export const figureTotal = (figure: unknown): number => {
  if (typeof figure === 'number') return figure;
  if (figure && typeof figure === 'object') {
    const { total, bySide } = figure as { total?: number; bySide?: Record<string, number> };
    return total ?? Object.values(bySide ?? {}).reduce((sum, n) => sum + n, 0);
  }
  return 0;
};

/** The largest of a development's figures: what sizes its marker. */
export const sizeOf = (d: Development): number => Math.max(0, ...Object.values(d.magnitude).map(figureTotal));

const searchable = (d: Development): string =>
  [d.summary, d.kind, placeName(d.location), d.notes, JSON.stringify(d.details), ...d.sources.map((s) => s.publisher)].join(' ').toLowerCase();

const dayOf = (bound: string, end: boolean) => (bound.length === 10 ? `${bound}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : bound);

/** The same filters applied in the page, for those the service does not take yet. */
function matches(d: Development, filters: Filters): boolean {
  const { q, actor, kind, trackId, from, to, country, confirmed, publisher } = filters;
  return (
    (!country || countryOf(d) === country) &&
    (!confirmed || String(d.confirmed) === confirmed) &&
    (!publisher || d.sources.some((s) => s.publisher === publisher)) &&
    (!q || q.toLowerCase().split(/\s+/).every((word) => searchable(d).includes(word))) &&
    (!actor || d.involved.includes(actor)) &&
    (!kind || d.kind === kind) &&
    (!trackId || d.trackId === trackId) &&
    (!from || d.occurredAt >= dayOf(from, false)) &&
    (!to || d.occurredAt <= dayOf(to, true))
  );
}

export interface Listed {
  readonly developments: Development[];
  /** Filters the service refused (400 naming them), applied in the page instead. */
  readonly inPage: string[];
}

interface Problem {
  errors?: { field: string }[];
}

const query = (filters: Filters, skip: readonly string[]): Record<string, string> => {
  const sent: Record<string, string> = { limit: '500' };
  for (const key of FILTER_KEYS) if (filters[key] && !skip.includes(key)) sent[key] = filters[key]!;
  return sent;
};

/**
 * Developments up to the page's moment, newest first, filtered by the service. A filter it refuses
 * (a service without search yet answers 400 naming it) is applied in the page to what it lists without it.
 */
export async function listDevelopments(filters: Filters = {}): Promise<Listed> {
  let inPage: string[] = [];
  for (;;) {
    const url = new URL('/api/v1/developments', location.origin);
    for (const [key, value] of Object.entries(query(filters, inPage))) url.searchParams.set(key, value);
    try {
      const answer = await optionalRead<{ developments: Development[] }>(url.pathname, Object.fromEntries(url.searchParams));
      const developments = (answer?.developments ?? []).filter((d) => matches(d, Object.fromEntries(inPage.map((k) => [k, filters[k as keyof Filters]]))));
      return { developments, inPage };
    } catch (error) {
      const refused = ((error as { problem?: Problem }).problem?.errors ?? []).map((e) => e.field).filter((f) => FILTER_KEYS.includes(f as never) && !inPage.includes(f));
      if (refused.length === 0) throw error;
      inPage = [...inPage, ...refused];
    }
  }
}

/** A link that downloads the same list as CSV (the export part of issue 18). */
export function csvHref(list: 'developments' | 'statements', filters: Filters, clocks: { asOf: string | null; knownAt: string | null }): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  if (clocks.asOf) params.set('asOf', clocks.asOf);
  if (clocks.knownAt) params.set('knownAt', clocks.knownAt);
  return `/api/v1/${list}?${params}`;
}
