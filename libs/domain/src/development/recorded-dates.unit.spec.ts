import { InvalidField } from '../shared/domain-error';
import { DatePrecision } from './development-kinds';
import { CLOCK_SKEW_MS, requireRecordedAfter } from './recorded-dates';

const now = '2025-06-05T10:00:00.000Z';
const plus = (ms: number, from = now) => new Date(Date.parse(from) + ms).toISOString();
const accepts = (date: string, precision: DatePrecision) => expect(() => requireRecordedAfter('occurredAt', date, precision, now)).not.toThrow();
const refuses = (date: string, precision: DatePrecision) =>
  expect(() => requireRecordedAfter('occurredAt', date, precision, now)).toThrow(
    expect.objectContaining({ constructor: InvalidField, field: 'occurredAt', message: expect.stringMatching(new RegExp(`later than when it is recorded.*${precision} precision`)) }),
  );

describe('a development dated no later than it is recorded', () => {
  it('given an exact date: accepts any past and a few minutes of clock skew ahead, refuses more', () => {
    accepts('2025-05-27T18:00:00.000Z', 'exact');
    accepts(plus(CLOCK_SKEW_MS), 'exact');
    refuses(plus(CLOCK_SKEW_MS + 1), 'exact');
  });

  it('given a day: accepts the day it is recorded on, to its end, and refuses the next day beyond the skew', () => {
    accepts('2025-06-05T23:59:59.999Z', 'day');
    accepts(plus(CLOCK_SKEW_MS, '2025-06-05T23:59:59.999Z'), 'day');
    refuses('2025-06-06T12:00:00.000Z', 'day');
  });

  it('given a week or a month: accepts a date up to that long ahead, and refuses beyond', () => {
    accepts('2025-06-12T10:00:00.000Z', 'week');
    refuses('2025-06-12T10:06:00.000Z', 'week');
    accepts('2025-07-05T10:00:00.000Z', 'month');
    refuses('2025-07-05T10:06:00.000Z', 'month');
  });

  it('given a date far ahead: refuses it whatever its precision', () => {
    for (const precision of ['exact', 'day', 'week', 'month'] as const) refuses('2099-01-01T00:00:00.000Z', precision);
  });
});
