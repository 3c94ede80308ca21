import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import {
  RecordPrisonerExchange,
  addReturned,
  decideExchange,
  evolveExchange,
  initialExchangeState,
} from './prisoner-exchange';

const given = deciderSpec({ decide: decideExchange, evolve: evolveExchange, initialState: initialExchangeState });
const record: RecordPrisonerExchange = {
  type: 'RecordPrisonerExchange',
  data: {
    exchangeId: '5d0b8a7e-1c1f-4a3e-8a5b-2b1f0c9d8e71',
    occurredAt: '2025-05-24T12:00:00.000Z',
    returned: [
      { to: 'RUS', count: 307 },
      { to: 'UKR', count: 307 },
    ],
    category: 'pow',
    mediators: [],
    trackId: 'russia-ukraine',
  },
  metadata: { now: '2025-06-05T00:00:00.000Z' },
};
const withReturned = (returned: RecordPrisonerExchange['data']['returned']) => ({ ...record, data: { ...record.data, returned } });

describe('prisoner exchange', () => {
  it('records 307 for 307 as it happened', () =>
    given([]).when(record).then([{ type: 'PrisonerExchangeRecorded', data: record.data, occurredAt: record.data.occurredAt }]));

  it('accepts counts that differ between the sides', () =>
    given([]).when(withReturned([{ to: 'RUS', count: 390 }, { to: 'UKR', count: 380 }])).then([
      expect.objectContaining({ type: 'PrisonerExchangeRecorded' }),
    ]));

  it('refuses to record the same exchange twice', () =>
    given([{ type: 'PrisonerExchangeRecorded', data: record.data, occurredAt: record.data.occurredAt }]).when(record).thenThrows(RuleViolation, /already recorded/));

  it('refuses an exchange with no side', () => given([]).when(withReturned([])).thenThrows(InvalidField, /at least one side/));

  it('refuses a count below one, naming the entry', () => {
    expect(() => decideExchange(withReturned([{ to: 'RUS', count: -3 }]), initialExchangeState())).toThrow(
      expect.objectContaining({ field: 'returned[0].count' }),
    );
  });

  it('refuses a side listed twice', () =>
    given([]).when(withReturned([{ to: 'RUS', count: 1 }, { to: 'RUS', count: 2 }])).thenThrows(InvalidField, /lists RUS more than once/));

  it('adds returns per side onto running totals', () => {
    expect(addReturned({ RUS: 10 }, record.data.returned)).toEqual({ RUS: 317, UKR: 307 });
  });
});
