/**
 * The second Istanbul round, 2 June 2025, as Al-Ahram Weekly told it: the request bodies the tests
 * post and the examples the OpenAPI document shows, so both tell the same story.
 */
export const TRACK = 'russia-ukraine';
const source = { publisher: 'Al-Ahram Weekly', publishedAt: '2025-06-05T00:00:00Z' };

export const scheduleRound2 = {
  round: 2,
  parties: ['RUS', 'UKR'],
  mediators: ['TUR'],
  city: 'Istanbul',
  venue: 'Ciragan Palace',
  hostCountry: 'TUR',
  scheduledStart: '2025-06-02T07:00:00Z',
  announcedAt: '2025-05-30T12:00:00Z',
  source,
};

/** Two hours late... */
export const startRound2 = { startedAt: '2025-06-02T09:00:00Z', source };

/** ...and barely an hour long. */
export const concludeRound2 = {
  endedAt: '2025-06-02T10:00:00Z',
  outcomes: [
    { kind: 'prisoner_exchange_agreed' as const, summary: 'A new prisoner exchange deal' },
    { kind: 'further_talks_agreed' as const, summary: 'The need for another round of talks' },
  ],
  source,
};

/** A third round, put off (an illustration of the command; the article records no such round). */
export const postponeRound3 = { scheduledStart: '2025-07-24T16:00:00Z', reason: 'delegations not ready', announcedAt: '2025-07-22T09:00:00Z' };

export const cancelRound3 = { reason: 'called off', announcedAt: '2025-07-23T09:00:00Z' };

/** A round that collapsed mid-session (an illustration of the command; the article records no such round). */
export const breakOffRound3 = { endedAt: '2025-07-24T17:30:00Z', reason: 'a delegation walked out' };

export const exchangeOf24May = {
  occurredAt: '2025-05-24T12:00:00Z',
  returned: [
    { to: 'RUS', count: 307 },
    { to: 'UKR', count: 307 },
  ],
  category: 'pow' as const,
  trackId: TRACK,
  source,
};

export const trumpOnTruthSocial = {
  speaker: 'Donald Trump',
  actor: 'USA',
  role: 'President',
  targets: ['RUS'],
  channel: 'Truth Social',
  quote: 'What Vladimir Putin doesn’t realise is that if it weren’t for me, lots of really bad things would have already happened to Russia',
  stance: 'hostile' as const,
  madeAt: '2025-05-27T18:00:00Z',
  source,
};

export const peskovOnMeeting = {
  speaker: 'Dmitry Peskov',
  actor: 'RUS',
  role: 'Kremlin spokesman',
  targets: ['UKR', 'USA'],
  quote: 'President Putin, in principle, supports the possibility of a personal meeting with Zelensky and Trump.',
  stance: 'conciliatory' as const,
  madeAt: '2025-05-30T10:00:00Z',
  trackId: TRACK,
  source,
};

/** Ukraine's drone attack on Russia's strategic bombers, 1 June: the largest contribution to RUS-UKR tension on 2 June. */
export const droneAttackOnBombers = {
  kind: 'military_strike' as const,
  actor: 'UKR',
  targets: ['RUS'],
  occurredAt: '2025-06-01T12:00:00Z',
  datePrecision: 'day' as const,
  magnitude: { damageUsd: 2_000_000_000 },
  location: 'Siberia',
  summary: 'Drone attack on Russian strategic bombers: $2 billion of aircraft damaged',
  details: { means: ['drone' as const], objective: 'nuclear-capable long-range bombers at airbases in Siberia and elsewhere' },
  source,
};

/** Kyiv's own estimate of the damage, higher than the article's. */
export const correctDroneAttackDamage = { magnitude: { damageUsd: 7_000_000_000 }, reason: 'Ukrainian estimate' };

/** A retraction (an illustration of the command; the article records none). */
export const retractDuplicate = { reason: 'recorded twice: the same attack was already recorded' };

export const detachWrongSource = { reason: 'the article reports another attack, on another day' };

/** The commander of the Ground Forces who resigned on 1 June, registered so developments may name him. */
export const registerDrapatyi = { code: 'DRAPATYI', name: 'Mykhailo Drapatyi', type: 'person' as const, country: 'UKR', source };
