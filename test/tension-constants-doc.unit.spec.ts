import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CEASEFIRE_SCOPE_FACTOR, DE_ESCALATION_STRENGTH, RESUMPTION_DAYS } from '../libs/domain/src/tension/de-escalation';
import { DEFAULT_TENSION_PARAMETERS, LEVELS } from '../libs/domain/src/tension/tension-formula';
import { TREND_THRESHOLD } from '../libs/domain/src/tension/tension-series';

/**
 * docs/tension-index.md explains the levels and every constant in tables a reader finds from the README;
 * the dashboard renders the constants themselves. This holds the page to the figures the service uses.
 */
const doc = readFileSync(join(__dirname, '../docs/tension-index.md'), 'utf8');

/** The rows of every table in the page, as cells, keyed by their first cell (backticks dropped). */
const rows = new Map(
  doc
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | ').map((cell) => cell.replace(/`/g, '').trim()))
    .map((cells) => [cells[0], cells.slice(1)] as const),
);
const value = (name: string) => rows.get(name)?.[0];

describe('docs/tension-index.md, levels and constants', () => {
  it('gives each level the range the domain reads it from', () => {
    LEVELS.forEach((l, i) => {
      const from = i === 0 ? 0 : LEVELS[i - 1].below;
      expect(value(l.level)).toBe(Number.isFinite(l.below) ? `${from} ≤ value < ${l.below}` : `value ≥ ${from}`);
    });
  });

  it('gives the half-life, scale, proxy attribution, resumption and trend threshold in force', () => {
    const { halfLifeDays, scale, proxyAttribution, magnitudeUnits } = DEFAULT_TENSION_PARAMETERS;
    expect(value('H')).toBe(`${halfLifeDays} days`);
    expect(value('S')).toBe(String(scale));
    expect(value('proxy attribution a')).toBe(String(proxyAttribution));
    expect(value('resumption')).toBe(`${RESUMPTION_DAYS} day${RESUMPTION_DAYS === 1 ? '' : 's'}`);
    expect(value('trend threshold')).toBe(`${TREND_THRESHOLD} points`);
    expect(magnitudeUnits).toEqual({ casualties: 1, count: 1, areaKm2: 100, damageUsd: 10_000_000 });
    expect(value('units')).toBe('1 casualty, 1 item, 100 km², USD 10 million');
  });

  it("gives every ceasefire scope's factor and every de-escalation strength, and their range", () => {
    for (const [scope, factor] of Object.entries(CEASEFIRE_SCOPE_FACTOR)) expect(value(`ceasefire scope: ${scope.replace(/_/g, ' ')}`)).toBe(`× ${factor}`);
    const strengths = Object.entries(DE_ESCALATION_STRENGTH).flatMap(([kind, stages]) => Object.entries(stages).map(([stage, s]) => ({ kind, stage, s })));
    for (const { kind, stage, s } of strengths) expect(value(`${kind} ${stage}`)).toBe(s.toFixed(2));
    const all = strengths.map(({ s }) => s);
    expect(value('strengths s')).toBe(`${Math.min(...all)} – ${Math.max(...all)}`);
  });
});
