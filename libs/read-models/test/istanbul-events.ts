import { ParleyEvent } from '@parley/domain';

/** The second Istanbul round, the exchange of 24 May and Trump's post, as domain events. */
export const istanbulEvents: ParleyEvent[] = [
  {
    type: 'PrisonerExchangeRecorded',
    data: {
      exchangeId: 'x-24-may',
      occurredAt: '2025-05-24T12:00:00.000Z',
      returned: [
        { to: 'RUS', count: 307 },
        { to: 'UKR', count: 307 },
      ],
      category: 'pow',
      mediators: [],
      trackId: 'russia-ukraine',
    },
    occurredAt: '2025-05-24T12:00:00.000Z',
  },
  {
    type: 'TalksScheduled',
    data: {
      trackId: 'russia-ukraine',
      round: 2,
      parties: ['RUS', 'UKR'],
      mediators: ['TUR'],
      city: 'Istanbul',
      venue: 'Ciragan Palace',
      scheduledStart: '2025-06-02T07:00:00.000Z',
    },
    occurredAt: '2025-05-30T12:00:00.000Z',
  },
  {
    type: 'TalksStarted',
    data: { trackId: 'russia-ukraine', round: 2, startedAt: '2025-06-02T09:00:00.000Z' },
    occurredAt: '2025-06-02T09:00:00.000Z',
  },
  {
    type: 'TalksConcluded',
    data: {
      trackId: 'russia-ukraine',
      round: 2,
      endedAt: '2025-06-02T10:00:00.000Z',
      outcomes: [{ kind: 'further_talks_agreed', summary: 'another round' }],
    },
    occurredAt: '2025-06-02T10:00:00.000Z',
  },
  {
    type: 'StatementRecorded',
    data: {
      statementId: 'trump-27-may',
      speaker: 'Donald Trump',
      actor: 'USA',
      role: 'President',
      targets: ['RUS'],
      channel: 'Truth Social',
      quote: 'Putin is playing with fire',
      stance: 'hostile',
      madeAt: '2025-05-27T18:00:00.000Z',
      trackId: null,
    },
    occurredAt: '2025-05-27T18:00:00.000Z',
  },
];
