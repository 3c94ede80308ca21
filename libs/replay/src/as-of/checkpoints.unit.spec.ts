import { RecordedEvent } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import fc from 'fast-check';
import { Checkpoints } from './checkpoints';

const day = (n: number) => new Date(Date.UTC(2025, 4, 1 + n)).toISOString();

/** A log in memory: Checkpoints only pages through it by position. */
const logOf = (events: RecordedEvent[]) =>
  ({
    async readAll({ after, through = Infinity, limit }: ReadAllFilter) {
      return events.filter((e) => e.position > after && e.position <= through).slice(0, limit);
    },
    pages: EventStore.prototype.pages,
  }) as unknown as EventStore;

/** A statement or an exchange on track t at position i + 1. */
function eventAt(i: number, occurred: string, recorded: string, exchange: boolean): RecordedEvent {
  const envelope = { eventId: `e-${i}`, schemaVersion: 1, streamId: `s-${i}`, streamVersion: 1, position: i + 1, recordedAt: recorded, metadata: {}, occurredAt: occurred };
  return exchange
    ? { ...envelope, type: 'PrisonerExchangeRecorded', data: { exchangeId: `x-${i}`, occurredAt: occurred, returned: [{ to: 'RUS', count: i + 1 }], category: 'pow', mediators: [], trackId: 't' } }
    : { ...envelope, type: 'StatementRecorded', data: { statementId: `s-${i}`, speaker: 'Dmitry Peskov', actor: 'RUS', role: null, targets: ['UKR'], channel: null, quote: `q${i}`, stance: 'neutral', madeAt: occurred, trackId: 't' } };
}

/** Events recorded in position order but occurring in any order (late reports). */
const history = fc
  .array(fc.record({ occurred: fc.integer({ min: 0, max: 40 }), recordedLag: fc.integer({ min: 0, max: 3 }), exchange: fc.boolean() }), { maxLength: 60 })
  .map((drafts) => {
    let recorded = 0;
    return drafts.map(({ occurred, recordedLag, exchange }, i) => eventAt(i, day(occurred), day((recorded += recordedLag)), exchange));
  });

const clock = fc.option(fc.integer({ min: 0, max: 45 }).map(day), { nil: undefined });

describe('as-of checkpoints', () => {
  it('given any history and any clocks: a checkpoint plus the events after it that pass equals folding every event that passes', async () => {
    await fc.assert(
      fc.asyncProperty(history, clock, clock, async (events, asOf, knownAt) => {
        const passes = (e: RecordedEvent) => (!asOf || e.occurredAt <= asOf) && (!knownAt || e.recordedAt <= knownAt);
        const checkpoints = new Checkpoints(logOf(events), { interval: 3, maxSaved: 4 });
        await checkpoints.advance(events.length);
        const { documents, through } = checkpoints.latestWithin({ asOf, knownAt });
        for (const event of events.filter((e) => e.position > through && passes(e))) documents.apply(event);
        expect(documents.toJSON()).toEqual(InMemoryDocuments.fold(PROJECTIONS, events.filter(passes)).toJSON());
      }),
      { numRuns: 300 },
    );
  });

  it('given a history in order: starts a question about a moment from the checkpoint just before it', async () => {
    const ordered = Array.from({ length: 20 }, (_, i) => eventAt(i, day(i + 1), day(i + 1), i % 2 === 0));
    const checkpoints = new Checkpoints(logOf(ordered), { interval: 3, maxSaved: 100 });
    await checkpoints.advance(ordered.length);
    expect(checkpoints.latestWithin({ asOf: day(10) }).through).toBe(9);
    expect(checkpoints.latestWithin({}).through).toBe(ordered.length);
  });
});
