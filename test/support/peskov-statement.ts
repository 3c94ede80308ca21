import { StatementRecorded, cameoOf } from '@parley/domain';

/** Dmitry Peskov's `n`th statement as the store records it: the event tests of the write path append. */
export const peskovStatement = (n: number, overrides: Partial<StatementRecorded['data']> = {}): StatementRecorded => ({
  type: 'StatementRecorded',
  data: {
    developmentId: `s-${n}`,
    speaker: 'Dmitry Peskov',
    actor: 'RUS',
    person: 'PESKOV',
    role: null,
    targets: ['UKR'],
    channel: null,
    quote: `statement ${n}`,
    stance: 'neutral',
    madeAt: '2025-05-30T10:00:00.000Z',
    trackId: null,
    source: null,
    cameo: cameoOf('010'),
    ...overrides,
  },
  occurredAt: '2025-05-30T10:00:00.000Z',
});
