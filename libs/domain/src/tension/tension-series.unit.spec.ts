import { TensionInput } from './tension-formula';
import { monthlyTrend, tensionHistory } from './tension-series';

const strike = (eventId: string, occurredAt: string, goldstein = -10): TensionInput => ({
  eventId,
  kind: 'military_strike',
  cameoCode: '195',
  goldstein,
  magnitude: { casualties: 12 },
  sources: 2,
  occurredAt,
});

describe('tension over time', () => {
  it('gives one reading per interval from `from` to `to`', () => {
    const points = tensionHistory([strike('a', '2025-05-10T00:00:00.000Z')], '2025-05-01T00:00:00.000Z', '2025-05-29T00:00:00.000Z', 'week');
    expect(points.map((p) => p.at.slice(0, 10))).toEqual(['2025-05-01', '2025-05-08', '2025-05-15', '2025-05-22', '2025-05-29']);
    expect(points[0].value).toBe(0);
    expect(points[2].value).toBeGreaterThan(points[3].value);
  });

  it('given hostile developments in May after a quiet April: May deteriorated', () => {
    const may = ['05', '12', '19', '26'].map((d, i) => strike(`m${i}`, `2025-05-${d}T12:00:00.000Z`));
    expect(monthlyTrend(may, '2025-05')).toMatchObject({ previousMonth: '2025-04', verdict: 'deteriorated', threshold: 5 });
  });

  it('given quiet weeks after a hostile May: July improved on June; with nothing at all: unchanged', () => {
    const may = ['05', '12', '19', '26'].map((d, i) => strike(`m${i}`, `2025-05-${d}T12:00:00.000Z`));
    expect(monthlyTrend(may, '2025-07').verdict).toBe('improved');
    expect(monthlyTrend([], '2025-07').verdict).toBe('unchanged');
  });
});
