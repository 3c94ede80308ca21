import { ParleyEvent, cameoOf, talksDevelopmentId } from '@parley/domain';
import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { getTrackStatus } from '../negotiation-status/negotiation-status.query';
import { listExchanges } from './prisoner-exchanges.query';
import { listStatements } from './statements.query';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { dyadTension } from '../tension/tension.query';
import { getDevelopment, listDevelopments, listRetractions, recentDevelopmentsOf } from './developments.query';

const strike: ParleyEvent = {
  type: 'MilitaryStrikeRecorded',
  data: {
    developmentId: 'spiderweb',
    kind: 'military_strike',
    actor: 'UKR',
    actors: ['UKR'],
    person: null,
    targets: ['RUS'],
    occurredAt: '2025-06-01T12:00:00.000Z',
    datePrecision: 'day',
    location: 'Siberia',
    summary: 'Drone attack on long-range bombers',
    magnitude: { damageUsd: 2_000_000_000 },
    details: { means: ['drone'] },
    cameo: cameoOf('195'),
    source: { publisher: 'Al-Ahram Weekly' },
    trackId: null,
  },
  occurredAt: '2025-06-01T12:00:00.000Z',
};
const ref = (developmentId: string, kind: 'military_strike' | 'statement' | 'prisoner_exchange' | 'talks', trackId: string | null = null) => ({ developmentId, kind, trackId });
const at = '2025-06-06T00:00:00.000Z';
const fold = (events: ParleyEvent[]) => InMemoryDocuments.fold(PROJECTIONS, recorded(events));
const page = (docs: InMemoryDocuments, filter: Partial<Parameters<typeof listDevelopments>[1]> = {}) => listDevelopments(docs, { limit: 50, ...filter });

describe('developments read model', () => {
  it('lists every development of every kind with its id, CAMEO coding and sources, latest first', async () => {
    const { developments } = await page(fold([...istanbulEvents, strike]));
    expect(developments.map((d) => [d.kind, d.cameo.code])).toEqual([
      ['talks', '044'],
      ['military_strike', '195'],
      ['statement', '130'],
      ['prisoner_exchange', '0841'],
    ]);
    expect(developments[0]).toMatchObject({
      id: talksDevelopmentId('russia-ukraine', 2),
      actor: 'RUS',
      targets: ['UKR'],
      occurredAt: '2025-06-02T09:00:00.000Z',
      details: { status: 'concluded', round: 2 },
      sources: [{ publisher: 'Al-Ahram Weekly' }],
      confirmed: false,
    });
    expect(developments[3]).toMatchObject({ magnitude: { count: 614 }, targets: ['UKR'] });
  });

  it('filters by kind, actor (a person included), target and time, and pages with a cursor', async () => {
    const docs = fold([...istanbulEvents, strike]);
    expect((await page(docs, { kind: 'military_strike' })).developments.map((d) => d.id)).toEqual(['spiderweb']);
    expect((await page(docs, { actor: 'TRUMP' })).developments.map((d) => d.id)).toEqual(['trump-27-may']);
    expect((await page(docs, { target: 'RUS' })).developments.map((d) => d.id)).toEqual(['spiderweb', 'trump-27-may']);
    expect((await page(docs, { from: '2025-05-25T00:00:00Z', to: '2025-06-01T23:59:59Z' })).developments).toHaveLength(2);
    const first = await page(docs, { limit: 3 });
    const second = await page(docs, { limit: 3, cursor: first.nextCursor! });
    expect([...first.developments, ...second.developments].map((d) => d.kind)).toEqual(['talks', 'military_strike', 'statement', 'prisoner_exchange']);
    expect(second.nextCursor).toBeNull();
  });

  describe('given a ceasefire agreed between its two parties', () => {
    const ceasefire: ParleyEvent = {
      type: 'CeasefireRecorded',
      data: {
        developmentId: 'ceasefire-10-may',
        kind: 'ceasefire',
        actor: 'IND',
        actors: ['IND', 'PAK'],
        person: null,
        targets: [],
        occurredAt: '2025-05-10T11:30:00.000Z',
        datePrecision: 'exact',
        location: null,
        summary: 'Ceasefire agreed on the DGMO hotline',
        magnitude: {},
        details: { stage: 'agreed', scope: 'full', startsAt: '2025-05-10T11:30:00.000Z' },
        cameo: cameoOf('0871'),
        source: { publisher: 'Reuters' },
        trackId: null,
      },
      occurredAt: '2025-05-10T11:30:00.000Z',
    };

    it('lists it under either party, in their dyad both ways', async () => {
      const docs = fold([ceasefire]);
      expect((await page(docs, { actor: 'PAK' })).developments).toEqual([
        expect.objectContaining({ id: 'ceasefire-10-may', actors: ['IND', 'PAK'], dyads: ['IND-PAK'], pairs: ['IND>PAK', 'PAK>IND'], involved: ['IND', 'PAK'] }),
      ]);
      expect((await page(docs, { actor: 'IND' })).developments).toHaveLength(1);
    });

    it('counts it as cooperation in the tension of their dyad', async () => {
      const answer = await dyadTension(fold([ceasefire]), 'IND-PAK', { asOf: '2025-05-11T00:00:00.000Z', limit: 5 });
      expect(answer).toMatchObject({ contributionCount: 1, conflict: 0, contributions: [expect.objectContaining({ kind: 'ceasefire', cameoCode: '0871', channel: 'cooperation' })] });
      expect(answer.cooperation).toBeGreaterThan(0);
    });
  });

  it('given a second publisher, confirms it; given the same one again, counts it once', async () => {
    const attach = (publisher: string): ParleyEvent => ({ type: 'SourceAttached', data: { ...ref('spiderweb', 'military_strike'), source: { publisher } }, occurredAt: at });
    expect((await getDevelopment(fold([strike, attach('AL-AHRAM WEEKLY')]), 'spiderweb'))?.confirmed).toBe(false);
    const doc = await getDevelopment(fold([strike, attach('Reuters')]), 'spiderweb');
    expect(doc).toMatchObject({ confirmed: true, sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'Reuters' }] });
  });

  it('given a correction, shows the corrected figures and code', async () => {
    const correction: ParleyEvent = {
      type: 'DevelopmentCorrected',
      data: { ...ref('spiderweb', 'military_strike'), changes: { magnitude: { damageUsd: 7_000_000_000 }, cameo: cameoOf('190') }, reason: 'revised' },
      occurredAt: at,
    };
    expect(await getDevelopment(fold([strike, correction]), 'spiderweb')).toMatchObject({
      magnitude: { damageUsd: 7_000_000_000 },
      cameo: { code: '190' },
      location: { name: 'Siberia', precision: 'name' },
      corrections: 1,
    });
  });

  it("given a claim corrected, keeps the figures it does not restate and takes the correction's marks", async () => {
    const claimed: ParleyEvent = { ...strike, data: { ...strike.data, magnitude: { damageUsd: 2_000_000_000, count: 41, claimedBy: 'UKR' } } } as ParleyEvent;
    const correct = (magnitude: object): ParleyEvent => ({
      type: 'DevelopmentCorrected',
      data: { ...ref('spiderweb', 'military_strike'), changes: { magnitude }, reason: 'an independent estimate' },
      occurredAt: at,
    });
    expect((await getDevelopment(fold([claimed, correct({ damageUsd: 1_000_000_000, approximate: true })]), 'spiderweb'))?.magnitude).toEqual({
      damageUsd: 1_000_000_000,
      count: 41,
      approximate: true,
    });
    expect((await getDevelopment(fold([claimed]), 'spiderweb'))?.magnitude).toMatchObject({ claimedBy: 'UKR' });
  });

  describe('given the exchange, the statement and the round retracted', () => {
    const retract = (developmentId: string, kind: 'statement' | 'prisoner_exchange' | 'talks', trackId: string | null): ParleyEvent => ({
      type: 'DevelopmentRetracted',
      data: { ...ref(developmentId, kind, trackId), reason: 'withdrawn' },
      occurredAt: at,
    });
    const docs = fold([
      ...istanbulEvents,
      retract('x-24-may', 'prisoner_exchange', 'russia-ukraine'),
      retract('trump-27-may', 'statement', null),
    ]);

    it('leaves them out of the list and the actor page, and lists them in the retraction feed', async () => {
      expect((await page(docs)).developments.map((d) => d.kind)).toEqual(['talks']);
      expect(await recentDevelopmentsOf(docs, 'USA', 10)).toEqual([]);
      expect((await listRetractions(docs, { limit: 10 })).retractions).toEqual([
        { id: 'trump-27-may', kind: 'statement', retractedAt: at, reason: 'withdrawn' },
        { id: 'x-24-may', kind: 'prisoner_exchange', retractedAt: at, reason: 'withdrawn' },
      ]);
    });

    it('given two retractions at one instant and pages of one: pages through both, each once', async () => {
      const first = await listRetractions(docs, { limit: 1 });
      const second = await listRetractions(docs, { limit: 1, cursor: first.nextCursor as string });
      expect([...first.retractions, ...second.retractions].map((r) => r.id)).toEqual(['trump-27-may', 'x-24-may']);
      expect(second.nextCursor).toBeNull();
    });

    it('takes them out of the statements list, the exchange ledger and the track totals', async () => {
      expect((await listStatements(docs, { limit: 10 })).items).toEqual([]);
      expect((await listExchanges(docs, {})).totals).toEqual({ count: 0, returned: {} });
      expect((await getTrackStatus(docs, 'russia-ukraine'))?.prisonerExchanges).toEqual({ count: 0, returned: {} });
    });

    it('forgets a retracted round, and a track left without rounds', async () => {
      const withRound = fold([...istanbulEvents, retract(talksDevelopmentId('russia-ukraine', 2), 'talks', 'russia-ukraine')]);
      expect(await getTrackStatus(withRound, 'russia-ukraine')).toBeNull();
    });
  });
});
