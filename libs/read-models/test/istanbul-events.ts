import { ParleyEvent, cameoOf, talksDevelopmentId } from '@parley/domain';

const source = { publisher: 'Al-Ahram Weekly' };

/** The second Istanbul round, the exchange of 24 May and Trump's post, as domain events. */
export const istanbulEvents: ParleyEvent[] = [
  {
    type: 'PrisonerExchangeRecorded',
    data: {
      developmentId: 'x-24-may',
      occurredAt: '2025-05-24T12:00:00.000Z',
      returned: [
        { to: 'RUS', count: 307 },
        { to: 'UKR', count: 307 },
      ],
      category: 'pow',
      mediators: [],
      trackId: 'russia-ukraine',
      source,
      cameo: cameoOf('0841'),
    },
    occurredAt: '2025-05-24T12:00:00.000Z',
  },
  {
    type: 'TalksScheduled',
    data: {
      developmentId: talksDevelopmentId('russia-ukraine', 2),
      trackId: 'russia-ukraine',
      round: 2,
      parties: ['RUS', 'UKR'],
      mediators: ['TUR'],
      format: 'in_person',
      city: 'Istanbul',
      venue: 'Ciragan Palace',
      hostCountry: 'TUR',
      scheduledStart: '2025-06-02T07:00:00.000Z',
      cameo: cameoOf('036'),
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
      cameo: cameoOf('044'),
    },
    occurredAt: '2025-06-02T10:00:00.000Z',
  },
  {
    type: 'StatementRecorded',
    data: {
      developmentId: 'trump-27-may',
      speaker: 'Donald Trump',
      actor: 'USA',
      person: 'TRUMP',
      role: 'President',
      targets: ['RUS'],
      channel: 'Truth Social',
      quote: 'Putin is playing with fire',
      stance: 'hostile',
      madeAt: '2025-05-27T18:00:00.000Z',
      trackId: null,
      source,
      cameo: cameoOf('130'),
    },
    occurredAt: '2025-05-27T18:00:00.000Z',
  },
];
