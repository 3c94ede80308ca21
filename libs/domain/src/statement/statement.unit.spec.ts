import { cameoOf } from '../cameo/cameo';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { isConfirmed, publisherKey } from '../shared/source';
import { deciderSpec } from '../../test/decider-spec';
import { newDevelopmentId } from '../development/identity-streams';
import { RecordStatement, StatementRecorded, decideStatement, evolveStatement, initialStatementState } from './statement';

const given = deciderSpec({ decide: decideStatement, evolve: evolveStatement, initialState: initialStatementState });
const now = '2025-06-05T00:00:00.000Z';
const alAhram = { publisher: 'Al-Ahram Weekly', publishedAt: '2025-06-05T00:00:00.000Z' };
const said = {
  speaker: 'Donald Trump',
  actor: 'USA',
  person: 'TRUMP',
  role: 'President',
  targets: ['RUS'],
  channel: 'Truth Social',
  quote: 'Putin is playing with fire',
  stance: 'hostile' as const,
  madeAt: '2025-05-27T18:00:00.000Z',
  trackId: null,
  source: alAhram,
};
const developmentId = newDevelopmentId('stream', 0);
const claim = { identityStream: 'stream', corroborates: null, distinct: false };
const record: RecordStatement = { type: 'RecordStatement', data: { ...said, cameoCode: null, ...claim }, metadata: { now } };
const recorded: StatementRecorded = {
  type: 'StatementRecorded',
  data: { developmentId, ...said, cameo: cameoOf('130') },
  occurredAt: said.madeAt,
};

describe('statement', () => {
  it('records a hostile statement as made at its own time, coded 130 (threaten)', () => given([]).when(record).then([recorded]));

  it('takes a valid CAMEO code from the request over the stance default', () =>
    given([]).when({ ...record, data: { ...record.data, cameoCode: '111' } }).then([{ ...recorded, data: { ...recorded.data, cameo: cameoOf('111') } }]));

  it('takes the same words within the hour for the same statement, and other words or another hour for another', () => {
    const again = (more: Partial<RecordStatement['data']>) => ({ ...record, data: { ...record.data, source: { publisher: 'Reuters' }, ...more } });
    given([recorded]).when(again({ quote: ' putin is  PLAYING with fire! ', madeAt: '2025-05-27T18:40:00.000Z' })).then([expect.objectContaining({ type: 'SourceAttached' })]);
    given([recorded]).when(again({ quote: 'REALLY BAD' })).then([expect.objectContaining({ type: 'StatementRecorded' })]);
    given([recorded]).when(again({ madeAt: '2025-05-27T23:00:00.000Z' })).then([expect.objectContaining({ type: 'StatementRecorded' })]);
  });

  it('attaches the source of a second report instead of recording the statement twice', () =>
    given([recorded])
      .when({ ...record, data: { ...record.data, source: { publisher: 'Reuters' } } })
      .then([
        {
          type: 'SourceAttached',
          data: { developmentId, kind: 'statement', trackId: null, source: { publisher: 'Reuters' }, matched: ['kind', 'quote', 'actors', 'targets', 'cameoCode', 'madeAt'] },
          occurredAt: now,
        },
      ]));

  it('refuses a second report from a source it already cites', () =>
    given([recorded]).when(record).thenThrows(RuleViolation, /already cites Al-Ahram Weekly/));

  it('refuses a statement aimed at its own speaker', () =>
    given([]).when({ ...record, data: { ...record.data, targets: ['USA'] } }).thenThrows(InvalidField, /must not include the speaking actor USA/));

  it('given a madeAt later than it is recorded: refuses it, naming madeAt', () => {
    const later = { ...record, data: { ...record.data, madeAt: '2025-06-05T00:06:00.000Z' } };
    expect(() => decideStatement(later, initialStatementState())).toThrow(expect.objectContaining({ field: 'madeAt', message: expect.stringMatching(/later than when it is recorded/) }));
  });

  it('refuses an unknown CAMEO code, naming cameoCode', () => {
    expect(() => decideStatement({ ...record, data: { ...record.data, cameoCode: '0999' } }, initialStatementState())).toThrow(
      expect.objectContaining({ field: 'cameoCode' }),
    );
  });

  it('corrects the words of a statement, its own fact', () =>
    given([recorded])
      .when({ type: 'CorrectDevelopment', data: { developmentId, changes: { quote: 'Putin is playing with fire!' }, reason: null }, metadata: { now } })
      .then([expect.objectContaining({ type: 'DevelopmentCorrected', data: expect.objectContaining({ changes: { quote: 'Putin is playing with fire!' } }) })]));

  it('refuses a correction of a fact a statement does not record, naming the field', () => {
    const correct = { type: 'CorrectDevelopment' as const, data: { developmentId, changes: { magnitude: { count: 2 } }, reason: null }, metadata: { now } };
    expect(() => decideStatement(correct, evolveStatement(initialStatementState(), recorded))).toThrow(
      expect.objectContaining({ field: 'magnitude', message: expect.stringMatching(/statement records its quote/) }),
    );
  });

  it('counts a publisher\'s web host and its name as one publisher, and two publishers as confirming', () => {
    expect(publisherKey({ publisher: 'www.reuters.com' })).toBe(publisherKey({ publisher: ' Reuters ' }));
    expect(isConfirmed([{ publisher: 'Reuters' }, { publisher: 'www.reuters.com' }])).toBe(false);
    expect(isConfirmed([{ publisher: 'Reuters' }, { publisher: 'Al-Ahram Weekly' }])).toBe(true);
  });
});
