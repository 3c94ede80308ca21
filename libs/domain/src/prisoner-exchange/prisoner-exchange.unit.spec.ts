import { cameoOf } from '../cameo/cameo';
import { AmendDevelopment, CorrectionRequest } from '../development/development-lifecycle';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import {
  PrisonerExchangeRecorded,
  RecordPrisonerExchange,
  addReturned,
  decideExchange,
  evolveExchange,
  initialExchangeState,
} from './prisoner-exchange';
import { newDevelopmentId } from '../development/identity-streams';

const given = deciderSpec({ decide: decideExchange, evolve: evolveExchange, initialState: initialExchangeState });
const now = '2025-06-05T00:00:00.000Z';
const exchange = {
  occurredAt: '2025-05-24T12:00:00.000Z',
  returned: [
    { to: 'RUS', count: 307 },
    { to: 'UKR', count: 307 },
  ],
  category: 'pow' as const,
  mediators: [],
  trackId: 'russia-ukraine',
  source: { publisher: 'Al-Ahram Weekly' },
};
const developmentId = newDevelopmentId('stream', 0);
const claim = { identityStream: 'stream', corroborates: null, distinct: false };
const record: RecordPrisonerExchange = { type: 'RecordPrisonerExchange', data: { ...exchange, cameoCode: null, ...claim }, metadata: { now } };
const recorded: PrisonerExchangeRecorded = {
  type: 'PrisonerExchangeRecorded',
  data: { developmentId, ...exchange, cameo: cameoOf('0841') },
  occurredAt: exchange.occurredAt,
};
const withReturned = (returned: RecordPrisonerExchange['data']['returned']) => ({ ...record, data: { ...record.data, returned } });

describe('prisoner exchange', () => {
  it('records 307 for 307 as it happened, coded 0841 (return, release persons)', () => given([]).when(record).then([recorded]));

  it('accepts counts that differ between the sides', () =>
    given([]).when(withReturned([{ to: 'RUS', count: 390 }, { to: 'UKR', count: 380 }])).then([
      expect.objectContaining({ type: 'PrisonerExchangeRecorded' }),
    ]));

  it('takes a report of the same sides, category and day, whichever side is named first, for the same exchange', () =>
    given([recorded])
      .when({ ...withReturned([...exchange.returned].reverse()), data: { ...withReturned([...exchange.returned].reverse()).data, source: { publisher: 'TASS' } } })
      .then([expect.objectContaining({ type: 'SourceAttached' })]));

  it('records a second exchange that day with figures an order apart, or of another category, as an exchange of its own', () => {
    const other = (more: Partial<RecordPrisonerExchange['data']>) => ({ ...record, data: { ...record.data, source: { publisher: 'TASS' }, ...more } });
    given([recorded]).when(other({ returned: [{ to: 'RUS', count: 10 }, { to: 'UKR', count: 10 }] })).then([
      expect.objectContaining({ type: 'PrisonerExchangeRecorded', data: expect.objectContaining({ developmentId: newDevelopmentId('stream', 1) }) }),
    ]);
    given([recorded]).when(other({ category: 'civilian' })).then([expect.objectContaining({ type: 'PrisonerExchangeRecorded' })]);
  });

  it('records figures close to the first as disputed beside them', () =>
    given([recorded])
      .when({ ...withReturned([{ to: 'RUS', count: 300 }, { to: 'UKR', count: 307 }]), data: { ...withReturned([{ to: 'RUS', count: 300 }, { to: 'UKR', count: 307 }]).data, source: { publisher: 'TASS' } } })
      .then([expect.objectContaining({ type: 'SourceAttached', data: expect.objectContaining({ disputed: [{ field: 'returned[RUS].count', value: 300, recorded: 307 }] }) })]));

  it('attaches a second outlet to the exchange it already holds', () =>
    given([recorded])
      .when({ ...record, data: { ...record.data, source: { publisher: 'TASS' } } })
      .then([
        {
          type: 'SourceAttached',
          data: {
            developmentId,
            kind: 'prisoner_exchange',
            trackId: 'russia-ukraine',
            source: { publisher: 'TASS' },
            matched: ['kind', 'category', 'returned', 'targets', 'cameoCode', 'occurredAt', 'returned[RUS].count', 'returned[UKR].count'],
          },
          occurredAt: now,
        },
      ]));

  it('refuses a second report without a source', () =>
    given([recorded]).when({ ...record, data: { ...record.data, source: null } }).thenThrows(RuleViolation, /already recorded; a second report must name its source/));

  it('given an exchange dated to the day it is recorded: accepts it, and refuses the day after, naming occurredAt', () => {
    const on = (occurredAt: string) => ({ ...record, data: { ...record.data, occurredAt } });
    given([]).when(on('2025-06-05T23:00:00.000Z')).then([{ ...recorded, data: { ...recorded.data, occurredAt: '2025-06-05T23:00:00.000Z' }, occurredAt: '2025-06-05T23:00:00.000Z' }]);
    expect(() => decideExchange(on('2025-06-06T12:00:00.000Z'), initialExchangeState())).toThrow(expect.objectContaining({ field: 'occurredAt' }));
  });

  it('refuses an exchange with no side', () => given([]).when(withReturned([])).thenThrows(InvalidField, /at least one side/));

  it('refuses a count below one, naming the entry', () => {
    expect(() => decideExchange(withReturned([{ to: 'RUS', count: -3 }]), initialExchangeState())).toThrow(
      expect.objectContaining({ field: 'returned[0].count' }),
    );
  });

  it('refuses a side listed twice', () =>
    given([]).when(withReturned([{ to: 'RUS', count: 1 }, { to: 'RUS', count: 2 }])).thenThrows(InvalidField, /lists RUS more than once/));

  const correct = (changes: CorrectionRequest): AmendDevelopment => ({
    type: 'CorrectDevelopment',
    data: { developmentId, changes, reason: 'later figures' },
    metadata: { now },
  });

  it('corrects the figures of a recorded exchange', () =>
    given([recorded])
      .when(correct({ returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 390 }] }))
      .then([expect.objectContaining({ type: 'DevelopmentCorrected', data: expect.objectContaining({ changes: { returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 390 }] } }) })]));

  it('holds corrected figures to the rules of the first report', () =>
    given([recorded]).when(correct({ returned: [{ to: 'RUS', count: 1 }, { to: 'RUS', count: 2 }] })).thenThrows(InvalidField, /lists RUS more than once/));

  it('refuses a magnitude for an exchange, naming where its figures are', () => {
    expect(() => decideExchange(correct({ magnitude: { count: 780 } }), evolveExchange(initialExchangeState(), recorded))).toThrow(
      expect.objectContaining({ field: 'magnitude', message: expect.stringMatching(/figures in returned/) }),
    );
  });

  it('adds returns per side onto running totals', () => {
    expect(addReturned({ RUS: 10 }, exchange.returned)).toEqual({ RUS: 317, UKR: 307 });
  });
});
