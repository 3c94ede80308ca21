import { RecordedEvent, cameoOf } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import fc from 'fast-check';
import { Checkpoints } from './checkpoints';
import { isAmendment } from './clocks';

const day = (n: number) => new Date(Date.UTC(2025, 4, 1 + n)).toISOString();

/** A log in memory: Checkpoints only pages through it by position. */
const logOf = (events: RecordedEvent[]) =>
  ({
    async readAll({ after, through = Infinity, limit }: ReadAllFilter) {
      return events.filter((e) => e.position > after && e.position <= through).slice(0, limit);
    },
    pages: EventStore.prototype.pages,
  }) as unknown as EventStore;

type Kind = 'statement' | 'exchange' | 'retraction';

/** A statement, an exchange, or the retraction of the statement before it, on track t at position i + 1. */
function eventAt(i: number, occurred: string, recorded: string, kind: Kind): RecordedEvent {
  const envelope = { eventId: `e-${i}`, schemaVersion: 1, streamId: `s-${i}`, streamVersion: 1, position: i + 1, recordedAt: recorded, metadata: {}, occurredAt: occurred };
  if (kind === 'retraction') {
    return { ...envelope, type: 'DevelopmentRetracted', data: { developmentId: `s-${i - 1}`, kind: 'statement', trackId: 't', reason: null } };
  }
  return kind === 'exchange'
    ? {
        ...envelope,
        type: 'PrisonerExchangeRecorded',
        data: { developmentId: `x-${i}`, occurredAt: occurred, returned: [{ to: 'RUS', count: i + 1 }], category: 'pow', mediators: [], trackId: 't', source: null, cameo: cameoOf('0841') },
      }
    : {
        ...envelope,
        type: 'StatementRecorded',
        data: {
          developmentId: `s-${i}`, speaker: 'Dmitry Peskov', actor: 'RUS', person: null, role: null, targets: ['UKR'], channel: null,
          quote: `q${i}`, stance: 'neutral', madeAt: occurred, trackId: 't', source: null, cameo: cameoOf('010'),
        },
      };
}

/** Events recorded in position order but occurring in any order (late reports), some retracting others. */
const history = fc
  .array(
    fc.record({
      occurred: fc.integer({ min: 0, max: 40 }),
      recordedLag: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom<Kind>('statement', 'exchange', 'retraction'),
    }),
    { maxLength: 60 },
  )
  .map((drafts) => {
    let recorded = 0;
    return drafts.map(({ occurred, recordedLag, kind }, i) => eventAt(i, day(occurred), day((recorded += recordedLag)), kind));
  });

const clock = fc.option(fc.integer({ min: 0, max: 45 }).map(day), { nil: undefined });

describe('as-of checkpoints', () => {
  it('given any history and any clocks: a checkpoint plus the events that pass in the stretches it names equals folding every event that passes', async () => {
    await fc.assert(
      fc.asyncProperty(history, clock, clock, async (events, asOf, knownAt) => {
        // Amendments pass asOf whenever they were made: they change what is known, not the world.
        const passes = (e: RecordedEvent) => (!asOf || e.occurredAt <= asOf || isAmendment(e)) && (!knownAt || e.recordedAt <= knownAt);
        const checkpoints = new Checkpoints(logOf(events), { interval: 3, maxSaved: 4, maxBytes: 8_000 });
        await checkpoints.advance(events.length);
        const { documents, reads } = checkpoints.startFor({ asOf, knownAt });
        // Only the stretches it names are read: a passing event anywhere else would be lost.
        const read = (e: RecordedEvent) => reads.some((r) => e.position > r.after && e.position <= r.through);
        for (const event of events.filter((e) => read(e) && passes(e))) documents.apply(event);
        expect(documents.toJSON()).toEqual(InMemoryDocuments.fold(PROJECTIONS, events.filter(passes)).toJSON());
      }),
      { numRuns: 300 },
    );
  });

  it('given a history in order: starts a question about a moment from the checkpoint just before it', async () => {
    const ordered = Array.from({ length: 20 }, (_, i) => eventAt(i, day(i + 1), day(i + 1), i % 2 === 0 ? 'statement' : 'exchange'));
    const checkpoints = new Checkpoints(logOf(ordered), { interval: 3, maxSaved: 100 });
    await checkpoints.advance(ordered.length);
    expect(checkpoints.latestWithin({ asOf: day(10) }).through).toBe(9);
    expect(checkpoints.latestWithin({}).through).toBe(ordered.length);
  });

  it('given a history in order: a question about a new moment reads only the stretch of the log after its checkpoint where events may pass', async () => {
    const ordered = Array.from({ length: 20 }, (_, i) => eventAt(i, day(i + 1), day(i + 1), 'statement'));
    const checkpoints = new Checkpoints(logOf(ordered), { interval: 3, maxSaved: 100 });
    await checkpoints.advance(ordered.length);
    expect(checkpoints.startFor({ asOf: day(10) }).reads).toEqual([{ after: 9, through: 12 }]);
    expect(checkpoints.startFor({ knownAt: day(10) }).reads).toEqual([{ after: 9, through: 12 }]);
  });

  it('given a retraction late in the log: an asOf question reads its stretch too, since amendments pass asOf whenever made', async () => {
    const events = [...Array.from({ length: 9 }, (_, i) => eventAt(i, day(i + 1), day(i + 1), 'statement')), eventAt(9, day(30), day(30), 'retraction')];
    const checkpoints = new Checkpoints(logOf(events), { interval: 3, maxSaved: 100 });
    await checkpoints.advance(events.length);
    expect(checkpoints.startFor({ asOf: day(2) }).reads).toEqual([{ after: 0, through: 3 }, { after: 9, through: 10 }]);
  });
});
