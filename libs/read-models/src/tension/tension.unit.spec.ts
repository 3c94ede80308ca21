import { ParleyEvent, cameoOf, readTension } from '@parley/domain';
import fc from 'fast-check';
import { START, foldStrikes, instant, strike } from '../../test/strikes';
import { DocumentReader } from '../document-query';
import { DEVELOPMENTS, DevelopmentView } from '../developments/developments.projection';
import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { toTensionInput } from './tension.index';
import { dyadTension, tensionOverview } from './tension.query';

const DAY_MS = 86_400_000;

/** The formula over every standing development of the dyad: what the index must equal. */
async function byFormula(folded: InMemoryDocuments, dyad: string, asOf: string) {
  const docs = await folded.find<DevelopmentView>(DEVELOPMENTS, { where: [{ field: 'retracted', op: 'eq', value: false }], orderBy: [] });
  return readTension(docs.filter((d) => d.dyads.includes(dyad)).map(toTensionInput), asOf);
}

describe('tension read from the sums and ranks the developments read model keeps', () => {
  it('equals the formula over every development, at any moment, after any retractions', async () =>
    fc.assert(
      fc.asyncProperty(fc.array(strike, { maxLength: 30 }), instant(START, 90), async (strikes, asOf) => {
        // Given developments recorded and some retracted, folded into the read model
        const folded = foldStrikes(strikes);
        for (const dyad of ['RUS-UKR', 'RUS-USA']) {
          // When the dyad is read
          const answer = await dyadTension(folded, dyad, { asOf, limit: 1_000 });
          // Then it is the formula's reading, with the same contributions in the same order
          const expected = await byFormula(folded, dyad, asOf);
          expect(answer.deEscalation?.eventId ?? null).toBe(expected.deEscalation?.eventId ?? null);
          expect(answer.setAside).toBeCloseTo(expected.setAside, 6);
          expect(answer.conflict).toBeCloseTo(expected.conflict, 6);
          expect(answer.cooperation).toBeCloseTo(expected.cooperation, 6);
          expect(answer.value).toBeCloseTo(expected.value, 6);
          expect(answer.contributionCount).toBe(expected.contributions.length);
          expect(answer.contributions.map((c) => c.contribution)).toEqual(expected.contributions.map((c) => expect.closeTo(c.contribution, 9)));
          expect(answer.unlisted).toEqual({ count: 0, conflict: 0, cooperation: 0 });
        }
      }),
      { numRuns: 150 },
    ));

  it('lists the largest contributions first and sums up the ones it leaves out', async () => {
    const strikes = fc.sample(strike, { numRuns: 40, seed: 7 }).map((s) => ({ ...s, actor: 'RUS', targets: ['UKR'], retracted: false }));
    const folded = foldStrikes(strikes);
    const asOf = '2025-03-01T12:00:00.000Z';

    const answer = await dyadTension(folded, 'RUS-UKR', { asOf, limit: 5 });

    const expected = await byFormula(folded, 'RUS-UKR', asOf);
    expect(answer.contributions.map((c) => c.eventId)).toEqual(expected.contributions.slice(0, 5).map((c) => c.eventId));
    const rest = expected.contributions.slice(5);
    expect(answer.unlisted.count).toBe(rest.length);
    const restOf = (channel: string) => rest.filter((c) => c.channel === channel).reduce((sum, c) => sum + c.contribution, 0);
    expect(answer.unlisted.conflict).toBeCloseTo(restOf('conflict'), 6);
    expect(answer.unlisted.cooperation).toBeCloseTo(restOf('cooperation'), 6);
  });

  it('gives every dyad in the overview the reading of the dyad itself', async () =>
    fc.assert(
      fc.asyncProperty(fc.array(strike, { maxLength: 25 }), instant(START, 90), async (strikes, asOf) => {
        const folded = foldStrikes(strikes);
        const overview = await tensionOverview(folded, { asOf });
        for (const { dyad, value } of overview.dyads) {
          expect(value).toBeCloseTo((await byFormula(folded, dyad, asOf)).value, 6);
        }
      }),
      { numRuns: 60 },
    ));

  it('given the sums of a day kept for the read models as they are, reads every moment of that day as without them', async () =>
    fc.assert(
      fc.asyncProperty(fc.array(strike, { maxLength: 25 }), instant(START, 90), fc.array(fc.integer({ min: 0, max: DAY_MS - 1 }), { minLength: 2, maxLength: 4 }), async (strikes, at, offsets) => {
        const folded = foldStrikes(strikes);
        const kept = new Map<string, Promise<unknown>>();
        // A reader that caches, as the API's does while the read models stay as they are.
        const caching: DocumentReader = {
          get: (projection, id) => folded.get(projection, id),
          find: (projection, query) => folded.find(projection, query),
          totals: (projection, prefixes) => folded.totals(projection, prefixes),
          ranked: (projection, key, query) => folded.ranked(projection, key, query),
          memo: <T>(key: string, compute: () => Promise<T>) => (kept.get(key) ?? kept.set(key, compute()).get(key)) as Promise<T>,
        };
        const dayStart = Date.parse(`${at.slice(0, 10)}T00:00:00.000Z`);
        for (const asOf of offsets.map((ms) => new Date(dayStart + ms).toISOString())) {
          const [cached, direct] = await Promise.all([tensionOverview(caching, { asOf }), tensionOverview(folded, { asOf })]);
          expect(kept.size).toBe(1);
          expect(cached.overall.value).toBeCloseTo(direct.overall.value, 9);
          const byDyad = (o: typeof direct) => Object.fromEntries(o.dyads.map((d) => [d.dyad, d.value]));
          expect(Object.keys(byDyad(cached)).sort()).toEqual(Object.keys(byDyad(direct)).sort());
          for (const [dyad, value] of Object.entries(byDyad(direct))) expect(byDyad(cached)[dyad]).toBeCloseTo(value, 9);
        }
      }),
      { numRuns: 60 },
    ));

  describe('talks', () => {
    const [, scheduled, started] = istanbulEvents;
    const round = { trackId: 'russia-ukraine', round: 2 };
    const read = async (events: ParleyEvent[], asOf: string) => {
      const folded = InMemoryDocuments.fold(PROJECTIONS, recorded(events));
      return { answer: await dyadTension(folded, 'RUS-UKR', { asOf, limit: 10 }), formula: await byFormula(folded, 'RUS-UKR', asOf) };
    };

    it('given a round scheduled: counts it as an intent to meet; once cancelled: no longer, by the sums or by the formula', async () => {
      const asOf = '2025-06-03T00:00:00.000Z';
      const before = await read([scheduled], asOf);
      expect(before.answer.contributions).toEqual([expect.objectContaining({ kind: 'talks', cameoCode: '036', channel: 'cooperation' })]);
      const cancelled: ParleyEvent = { type: 'TalksCancelled', data: { ...round, reason: 'called off' }, occurredAt: '2025-06-01T00:00:00.000Z' };
      const after = await read([scheduled, cancelled], asOf);
      expect(after.answer).toMatchObject({ contributionCount: 0, cooperation: 0, contributions: [] });
      expect(after.formula.contributions).toEqual([]);
    });

    it('given a round broken off: counts it as a setback (164) in the conflict channel', async () => {
      const brokenOff: ParleyEvent = { type: 'TalksBrokenOff', data: { ...round, endedAt: '2025-06-02T09:40:00.000Z', reason: 'walked out', cameo: cameoOf('164') }, occurredAt: '2025-06-02T09:40:00.000Z' };
      const { answer, formula } = await read([scheduled, started, brokenOff], '2025-06-03T00:00:00.000Z');
      expect(answer.contributions).toEqual([expect.objectContaining({ kind: 'talks', cameoCode: '164', goldstein: -7, channel: 'conflict' })]);
      expect(answer.conflict).toBeCloseTo(formula.conflict, 9);
    });
  });
});
