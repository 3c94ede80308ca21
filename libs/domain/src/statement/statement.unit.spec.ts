import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import { RecordStatement, decideStatement, evolveStatement, initialStatementState } from './statement';

const given = deciderSpec({ decide: decideStatement, evolve: evolveStatement, initialState: initialStatementState });
const record: RecordStatement = {
  type: 'RecordStatement',
  data: {
    statementId: '0b6f1c1e-8f7b-4d8e-9a43-3b2f0a8b7c11',
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
  metadata: { now: '2025-06-05T00:00:00.000Z' },
};

describe('statement', () => {
  it('records a statement as made at its own time', () =>
    given([]).when(record).then([{ type: 'StatementRecorded', data: record.data, occurredAt: record.data.madeAt }]));

  it('refuses to record the same statement twice', () =>
    given([{ type: 'StatementRecorded', data: record.data, occurredAt: record.data.madeAt }])
      .when(record)
      .thenThrows(RuleViolation, /already recorded/));

  it('refuses a statement aimed at its own speaker', () =>
    given([]).when({ ...record, data: { ...record.data, targets: ['USA'] } }).thenThrows(InvalidField, /must not include the speaking actor USA/));
});
