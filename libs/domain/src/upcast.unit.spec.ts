import { cameoOf } from './cameo/cameo';
import { UndecodableEvent, decodeEvent } from './decode';
import { talksDevelopmentId } from './development/development-id';

const envelope = (type: string, data: Record<string, unknown>) => ({
  eventId: 'e-1',
  type,
  schemaVersion: 1,
  streamId: 's-1',
  streamVersion: 1,
  position: 1,
  occurredAt: '2025-05-24T12:00:00.000Z',
  recordedAt: '2025-06-05T00:00:00.000Z',
  data,
  metadata: { source: { publisher: 'Al-Ahram Weekly' } },
});

describe('events written before developments had ids and CAMEO codes', () => {
  it('reads a version 1 statement with its id, default coding and source', () => {
    const event = decodeEvent(envelope('StatementRecorded', { statementId: 's-9', actor: 'USA', targets: ['RUS'], stance: 'hostile', quote: 'x' }));
    expect(event).toMatchObject({
      schemaVersion: 2,
      data: { developmentId: 's-9', person: null, source: { publisher: 'Al-Ahram Weekly' }, cameo: cameoOf('130') },
    });
    expect(event.data).not.toHaveProperty('statementId');
  });

  it('reads a version 1 exchange and round with the ids and codes they would have today', () => {
    expect(decodeEvent(envelope('PrisonerExchangeRecorded', { exchangeId: 'x-1', returned: [] })).data).toMatchObject({ developmentId: 'x-1', cameo: { code: '0841' } });
    expect(decodeEvent(envelope('TalksScheduled', { trackId: 'russia-ukraine', round: 2 })).data).toMatchObject({
      developmentId: talksDevelopmentId('russia-ukraine', 2),
      cameo: { code: '036' },
    });
    expect(decodeEvent(envelope('TalksConcluded', { trackId: 'russia-ukraine', round: 2 })).data).toMatchObject({ cameo: { code: '046' } });
  });

  it('reads a version 3 round, from before calls and video rounds, as held in person', () => {
    const round = { ...envelope('TalksScheduled', { trackId: 'russia-ukraine', round: 2, city: 'Istanbul', hostCountry: 'TUR' }), schemaVersion: 3 };
    expect(decodeEvent(round)).toMatchObject({ schemaVersion: 4, data: { format: 'in_person', city: 'Istanbul' } });
  });

  it('reads one of the very first statements, without targets, role or channel, as addressing no one in particular', () => {
    const event = decodeEvent(envelope('StatementRecorded', { statementId: 's-1', actor: 'TUR', stance: 'cooperative', quote: 'Istanbul is ready' }));
    expect(event.data).toMatchObject({ developmentId: 's-1', targets: [], role: null, channel: null, quote: 'Istanbul is ready' });
  });

  it('refuses a version newer than this code, or one no upcaster leads from', () => {
    const current = { ...envelope('TalksConcluded', { trackId: 't', round: 1, cameo: cameoOf('044') }), schemaVersion: 3 };
    expect(() => decodeEvent(current)).toThrow(UndecodableEvent);
    expect(() => decodeEvent({ ...envelope('TalksStarted', { trackId: 't', round: 1 }), schemaVersion: 0 })).toThrow(/cannot be read as v1/);
  });

  it('leaves an event of the current version as it is', () => {
    const current = { ...envelope('TalksConcluded', { trackId: 't', round: 1, cameo: cameoOf('044') }), schemaVersion: 2 };
    expect(decodeEvent(current)).toEqual(current);
  });

  it('reads a version 1 development as acted by the list of its one actor, a strike by the list of its one means', () => {
    const strike = { developmentId: 'd-1', kind: 'military_strike', actor: 'UKR', targets: ['RUS'], details: { means: 'drone', objective: 'bombers' }, cameo: cameoOf('195') };
    expect(decodeEvent(envelope('MilitaryStrikeRecorded', strike))).toMatchObject({
      schemaVersion: 2,
      data: { actor: 'UKR', actors: ['UKR'], details: { means: ['drone'], objective: 'bombers' }, cameo: { code: '195' } },
    });
    expect(decodeEvent(envelope('TerritorialChangeRecorded', { actor: 'RUS', details: { change: 'lost' }, cameo: cameoOf('192') })).data).toMatchObject({
      actors: ['RUS'],
      // Coded as the table and the rules stood then: a recorded coding is never rewritten.
      cameo: { code: '192' },
    });
  });
});
