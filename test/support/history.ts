import { ParleyEvent, cameoOf, talksDevelopmentId } from '@parley/domain';
import { EventStore } from '@parley/event-store';

/**
 * Round n's events fall in the n-th ten-minute slot from 2020 (minute 0 by default), so even the 1.5
 * million events of 300,000 rounds all happened before 2026: a date ahead of now would keep every
 * as-of question from starting at a checkpoint.
 */
const slot = (n: number, minute = 0) => new Date(Date.UTC(2020, 0, 1) + (n * 10 + minute) * 60_000).toISOString();

/**
 * The appends of one synthetic round of talks on track `t-<n>`: scheduled, a statement about it, an
 * exchange filed under it, started, concluded. Five events over three kinds of stream, so every read
 * model and cross-stream document (exchanges counted on their track) takes part.
 */
export function roundOfTalks(n: number): { streamId: string; expectedVersion: number; event: ParleyEvent }[] {
  const trackId = `t-${n}`;
  const track = `negotiation-track-${trackId}`;
  return [
    {
      streamId: track,
      expectedVersion: 0,
      event: {
        type: 'TalksScheduled',
        data: {
          developmentId: talksDevelopmentId(trackId, 1), trackId, round: 1, parties: ['RUS', 'UKR'], mediators: ['TUR'], format: 'in_person',
          city: 'Istanbul', venue: null, hostCountry: null, scheduledStart: slot(n, 5), cameo: cameoOf('036'),
        },
        occurredAt: slot(n - 3),
      },
    },
    {
      streamId: `statement-s-${n}`,
      expectedVersion: 0,
      event: {
        type: 'StatementRecorded',
        data: {
          developmentId: `s-${n}`, speaker: 'Dmitry Peskov', actor: 'RUS', person: null, role: null, targets: ['UKR'], channel: null,
          quote: `statement ${n}`, stance: 'neutral', madeAt: slot(n - 1), trackId, source: null, cameo: cameoOf('010'),
        },
        occurredAt: slot(n - 1),
      },
    },
    {
      streamId: `prisoner-exchange-x-${n}`,
      expectedVersion: 0,
      event: {
        type: 'PrisonerExchangeRecorded',
        data: {
          developmentId: `x-${n}`, occurredAt: slot(n - 2), returned: [{ to: 'RUS', count: (n % 300) + 1 }, { to: 'UKR', count: 307 }],
          category: 'pow', mediators: [], trackId, source: null, cameo: cameoOf('0841'),
        },
        occurredAt: slot(n - 2),
      },
    },
    { streamId: track, expectedVersion: 1, event: { type: 'TalksStarted', data: { trackId, round: 1, startedAt: slot(n, 7) }, occurredAt: slot(n, 7) } },
    {
      streamId: track,
      expectedVersion: 2,
      event: { type: 'TalksConcluded', data: { trackId, round: 1, endedAt: slot(n, 8), outcomes: [], cameo: cameoOf('044') }, occurredAt: slot(n, 8) },
    },
  ];
}

/** Appends rounds `from` … `to - 1`, `concurrency` of them at a time. */
export async function appendRounds(store: EventStore, from: number, to: number, concurrency = 8): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = next++; n < to; n = next++) {
        for (const { streamId, expectedVersion, event } of roundOfTalks(n)) {
          await store.append(streamId, expectedVersion, [event], { metadata: {} });
        }
      }
    }),
  );
}
