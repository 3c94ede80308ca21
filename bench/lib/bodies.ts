import { STANCES } from '@parley/domain';

/** The load is spread over 100 negotiation tracks and 20 actors, as the issue sets it. */
export const TRACKS = Array.from({ length: 100 }, (_, i) => `track-${i + 1}`);
export const ACTORS = ['RUS', 'UKR', 'USA', 'TUR', 'DEU', 'GBR', 'FRA', 'CHN', 'IND', 'BRA', 'ZAF', 'SAU', 'ARE', 'QAT', 'ISR', 'IRN', 'NATO', 'EU', 'UN', 'POL'];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

/** Who speaks and to whom. */
export interface Parties {
  readonly actor: string;
  readonly targets: readonly string[];
}

/**
 * The parties of the n-th stream: in Parley a statement's stream is named by its actor and targets
 * (libs/domain identity-streams.ts), so every event of one stream names the same actors.
 */
export const partiesOfStream = (n: number): Parties => ({
  actor: ACTORS[n % ACTORS.length],
  targets: [ACTORS[(n + 1 + (Math.floor(n / ACTORS.length) % (ACTORS.length - 1))) % ACTORS.length]],
});

function randomParties(): Parties {
  const actor = pick(ACTORS);
  const others = ACTORS.filter((a) => a !== actor);
  return { actor, targets: [pick(others), pick(others)].filter((t, i, all) => all.indexOf(t) === i) };
}

/** A valid RecordStatement body with random stance and track, and random parties unless given. */
export function statementBody({ actor, targets }: Parties = randomParties()): Record<string, unknown> {
  return {
    speaker: `Spokesperson of ${actor}`,
    actor,
    role: 'Spokesperson',
    targets,
    channel: 'Press briefing',
    quote: `We are ready to continue the talks, but only on terms that respect our interests (${Math.random().toString(36).slice(2)}).`,
    stance: pick(STANCES),
    madeAt: new Date(Date.UTC(2025, 4, 1) + Math.floor(Math.random() * 60 * 86_400_000)).toISOString(),
    trackId: pick(TRACKS),
    source: { publisher: 'Newswire', publishedAt: '2025-07-01T00:00:00Z' },
  };
}

/** Opens every track, so status queries find a document. */
export const scheduleBody = (i: number): Record<string, unknown> => ({
  round: 1,
  parties: [ACTORS[i % 10], ACTORS[(i % 10) + 10]],
  mediators: ['CHE'],
  city: 'Istanbul',
  scheduledStart: '2025-06-02T07:00:00Z',
  announcedAt: '2025-05-30T12:00:00Z',
});

/** CAMEO codes of a GDELT day's commonest rows: statements, consultations, appeals, threats, fighting. */
const GDELT_CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '090', '111', '112', '120', '130', '138', '173', '190', '193', '195'];
let gdeltId = 1_200_000_000;

/** A development as `npm run import:gdelt` makes one of a GDELT row (scripts/cli/gdelt.ts): a reported_event over two months, one outlet each. */
export function gdeltDevelopment(): Record<string, unknown> {
  const actor = pick(ACTORS);
  const id = String(gdeltId++);
  const publisher = `outlet-${Math.floor(Math.random() * 500)}.example`;
  return {
    kind: 'reported_event',
    actor,
    targets: [pick(ACTORS.filter((a) => a !== actor))],
    occurredAt: new Date(Date.UTC(2025, 4, 1) + Math.floor(Math.random() * 60) * 86_400_000).toISOString(),
    datePrecision: 'day',
    location: 'Istanbul',
    cameoCode: pick(GDELT_CODES),
    details: { dataset: 'gdelt', globalEventId: id, numMentions: 10, numSources: 2, numArticles: 10, avgTone: -2.5 },
    source: { publisher, url: `https://${publisher}/news/${id}`, publishedAt: '2025-07-01T00:00:00Z' },
    idempotencyKey: `gdelt:${id}`,
  };
}
