import { ParleyEvent } from '@parley/domain';
import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { getTrackStatus } from '../negotiation-status/negotiation-status.query';
import { followUps } from '../../test/follow-ups';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { listExchanges } from './prisoner-exchanges.query';

const { attached, corrected } = followUps('x-24-may', 'prisoner_exchange', 'russia-ukraine');
const laterFigures = corrected({ returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 390 }] });
const fold = (...later: Parameters<typeof recorded>[0]) => InMemoryDocuments.fold(PROJECTIONS, recorded([...istanbulEvents, ...later]));
const exchange24May = istanbulEvents.find((e): e is Extract<ParleyEvent, { type: 'PrisonerExchangeRecorded' }> => e.type === 'PrisonerExchangeRecorded')!;

describe('prisoner-exchange ledger, read from the developments read model', () => {
  it("given one report: shows the exchange in its own fields, with none of a development's other fields", async () => {
    const { source: _, ...exchanged } = exchange24May.data;
    expect((await listExchanges(fold(), {})).exchanges).toEqual([
      {
        ...exchanged,
        sources: [expect.objectContaining({ publisher: 'Al-Ahram Weekly' })],
        confirmed: false,
        disputed: [],
        position: expect.any(Number),
      },
    ]);
  });

  it('lists an exchange under each side and each mediator, and under no other actor', async () => {
    const mediated = { ...exchange24May, data: { ...exchange24May.data, developmentId: 'x-mediated', mediators: ['ARE'] } };
    const documents = fold(mediated);
    const ids = async (actor: string) => (await listExchanges(documents, { actor })).exchanges.map((x) => x.developmentId).sort();
    expect(await ids('RUS')).toEqual(['x-24-may', 'x-mediated']);
    expect(await ids('UKR')).toEqual(['x-24-may', 'x-mediated']);
    expect(await ids('ARE')).toEqual(['x-mediated']);
    expect(await ids('USA')).toEqual([]);
  });

  it('given a second publisher reports the exchange: both sources, confirmed', async () => {
    expect((await listExchanges(fold(attached({ publisher: 'TASS' })), {})).exchanges).toMatchObject([
      { sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'TASS' }], confirmed: true },
    ]);
  });

  it('given its figures corrected: the ledger, its totals and the track count the corrected figures', async () => {
    const documents = fold(laterFigures);
    expect(await listExchanges(documents, { trackId: 'russia-ukraine' })).toMatchObject({
      exchanges: [{ returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 390 }] }],
      totals: { count: 1, returned: { RUS: 390, UKR: 390 } },
    });
    expect(await getTrackStatus(documents, 'russia-ukraine')).toMatchObject({
      prisonerExchanges: { count: 1, returned: { RUS: 390, UKR: 390 } },
      // A correction is Parley revising what it knows, not a development on the track.
      lastDevelopmentAt: '2025-06-02T10:00:00.000Z',
    });
  });
});
