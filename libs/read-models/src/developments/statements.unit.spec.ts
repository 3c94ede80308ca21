import { InMemoryDocuments } from '../in-memory-documents';
import { PROJECTIONS } from '../index';
import { followUps } from '../../test/follow-ups';
import { istanbulEvents } from '../../test/istanbul-events';
import { recorded } from '../../test/recorded';
import { listStatements } from './statements.query';

const trumpsPost = istanbulEvents.find((e) => e.type === 'StatementRecorded')!;
const { attached, corrected } = followUps('trump-27-may', 'statement');
const timeline = async (...later: Parameters<typeof recorded>[0]) =>
  (await listStatements(InMemoryDocuments.fold(PROJECTIONS, recorded([trumpsPost, ...later])), { limit: 10 })).items;

describe('statements list, read from the developments read model', () => {
  it("given one report: shows the statement in its own words, with none of a development's other fields", async () => {
    const [statement] = await timeline();
    const { source: _, ...said } = trumpsPost.data as { source: unknown };
    expect(statement).toEqual({
      ...said,
      actors: ['USA', 'TRUMP'],
      targetPersons: [],
      sources: [expect.objectContaining({ publisher: 'Al-Ahram Weekly' })],
      confirmed: false,
      disputed: [],
      recordedAt: expect.any(String),
      position: 1,
    });
  });

  it('given every development of the Istanbul round: lists its statements alone', async () => {
    const { items } = await listStatements(InMemoryDocuments.fold(PROJECTIONS, recorded(istanbulEvents)), { limit: 100 });
    const statements = istanbulEvents.filter((e) => e.type === 'StatementRecorded');
    expect(items.map((s) => s.developmentId).sort()).toEqual(statements.map((e) => (e.data as { developmentId: string }).developmentId).sort());
  });

  it('given one report: lists its source, not yet confirmed', async () => {
    expect(await timeline()).toMatchObject([{ sources: [{ publisher: 'Al-Ahram Weekly' }], confirmed: false }]);
  });

  it('given a second publisher reports it: both sources, confirmed', async () => {
    expect(await timeline(attached({ publisher: 'Reuters' }))).toMatchObject([
      { sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'Reuters' }], confirmed: true },
    ]);
  });

  it('given a correction of its words and time: shows them as corrected', async () => {
    const [statement] = await timeline(corrected({ quote: 'Putin is playing with fire!', occurredAt: '2025-05-27T19:00:00.000Z' }));
    expect(statement).toMatchObject({ quote: 'Putin is playing with fire!', madeAt: '2025-05-27T19:00:00.000Z', speaker: 'Donald Trump' });
  });
});
