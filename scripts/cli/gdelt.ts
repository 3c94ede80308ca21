/**
 * GDELT 2.0 event export rows (61 tab-separated columns, no header) as Parley developments of kind
 * reported_event, keeping GLOBALEVENTID so that importing a file twice adds nothing.
 */
const COLUMNS = 61;
const COLUMN = {
  globalEventId: 0,
  sqlDate: 1,
  actor1Country: 7,
  actor2Country: 17,
  eventCode: 26,
  numMentions: 31,
  numSources: 32,
  numArticles: 33,
  avgTone: 34,
  actionGeoFullName: 52,
  actionGeoLat: 56,
  actionGeoLong: 57,
  dateAdded: 59,
  sourceUrl: 60,
} as const;

export interface GdeltRow {
  readonly line: number;
  readonly globalEventId: string;
  readonly body: Record<string, unknown>;
}

export interface BadRow {
  readonly line: number;
  readonly reason: string;
}

export interface GdeltExport {
  readonly rows: GdeltRow[];
  readonly bad: BadRow[];
  /** Well-formed rows left out: no Actor1CountryCode, or none of the chosen actors. */
  readonly filtered: number;
}

const compactDate = (value: string, field: string): string => {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(value);
  const iso = m && `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`;
  if (!iso || Number.isNaN(Date.parse(iso))) throw new Error(`${field} ${JSON.stringify(value)} is not a date`);
  return iso;
};

const whole = (value: string, field: string): number => {
  if (!/^\d+$/.test(value)) throw new Error(`${field} ${JSON.stringify(value)} is not a whole number`);
  return Number(value);
};

function toDevelopment(cells: string[]): GdeltRow['body'] {
  const cell = (name: keyof typeof COLUMN) => cells[COLUMN[name]].trim();
  const actor = cell('actor1Country');
  if (!/^[A-Z]{3}$/.test(actor)) throw new Error(`Actor1CountryCode ${JSON.stringify(actor)} is not an ISO alpha-3 code`);
  const target = cell('actor2Country');
  const eventCode = cell('eventCode');
  if (!/^\d{2,4}$/.test(eventCode)) throw new Error(`EventCode ${JSON.stringify(eventCode)} is not a CAMEO code`);
  const avgTone = Number(cell('avgTone'));
  if (cell('avgTone') === '' || Number.isNaN(avgTone)) throw new Error('AvgTone is not a number');
  const url = cell('sourceUrl');
  const place = cell('actionGeoFullName');
  const [latitude, longitude] = [cell('actionGeoLat'), cell('actionGeoLong')].map((c) => (c === '' ? NaN : Number(c)));
  // GDELT geocodes the place itself: its coordinates are kept as given, when it gives them and they are on the globe.
  const placed = Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  const location = place && placed ? { name: place, latitude, longitude } : place;
  return {
    kind: 'reported_event',
    actor,
    targets: target && target !== actor ? [target] : [],
    occurredAt: compactDate(cell('sqlDate'), 'SQLDATE'),
    datePrecision: 'day',
    ...(location ? { location } : {}),
    cameoCode: eventCode,
    details: {
      dataset: 'gdelt',
      globalEventId: cell('globalEventId'),
      numMentions: whole(cell('numMentions'), 'NumMentions'),
      numSources: whole(cell('numSources'), 'NumSources'),
      numArticles: whole(cell('numArticles'), 'NumArticles'),
      avgTone,
    },
    source: { publisher: new URL(url).hostname, url, publishedAt: compactDate(cell('dateAdded'), 'DATEADDED') },
  };
}

/**
 * Reads an export, keeping the rows that name one of `actors` (all rows when none are chosen) and have
 * an Actor1CountryCode: a development needs an actor, and GDELT leaves the code empty for many actors
 * (unnamed groups, people without a country), so such rows are left out like any other row of no concern.
 */
export function parseGdeltExport(text: string, actors: readonly string[] = []): GdeltExport {
  const rows: GdeltRow[] = [];
  const bad: BadRow[] = [];
  let filtered = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    if (cells.length !== COLUMNS) return bad.push({ line, reason: `has ${cells.length} columns, not ${COLUMNS}` });
    const globalEventId = cells[COLUMN.globalEventId].trim();
    if (!/^\d{1,20}$/.test(globalEventId)) return bad.push({ line, reason: 'GLOBALEVENTID is not a number' });
    const named = [cells[COLUMN.actor1Country].trim(), cells[COLUMN.actor2Country].trim()];
    if (named[0] === '' || (actors.length > 0 && !named.some((code) => actors.includes(code)))) {
      filtered += 1;
      return;
    }
    try {
      rows.push({ line, globalEventId, body: toDevelopment(cells) });
    } catch (error) {
      bad.push({ line, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { rows, bad, filtered };
}
