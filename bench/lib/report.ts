import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** One figure of the results file: the value, and beside it the limit or peer measured in the same run. */
export interface Figure {
  value: number | null;
  unit: string;
  baseline?: number;
  baselineName?: string;
  ratio?: number;
  limits?: Record<string, number>;
  p50Ms?: number;
  p99Ms?: number;
  note?: string;
}

export const FIGURE_NAMES = [
  'ingest',
  'append',
  'freshness_p50',
  'freshness_p99',
  'freshness_2000_p50',
  'freshness_2000_p99',
  'relay',
  'projector',
  'rebuild',
  'query_status',
  'query_status_baseline',
  'query_tension',
  'query_asof_p99',
  'tension_dyad',
  'tension_overview',
  'import',
  'memory_mb',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
export type Results = Partial<Record<FigureName, Figure>>;

/** A figure with its ratio to the baseline, rounded as the table prints it. */
export function compared(value: number, unit: string, baselineName: string, baseline: number, extra: Partial<Figure> = {}): Figure {
  return { value, unit, baseline, baselineName, ratio: Math.round((value / baseline) * 100) / 100, ...extra };
}

const cell = (f: Figure | undefined): string[] => {
  if (!f) return ['—', '', ''];
  const latency = f.p99Ms !== undefined ? ` (p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms)` : '';
  const limits = f.limits ? ` [${Object.entries(f.limits).map(([k, v]) => `${k} ${v}`).join(', ')}]` : '';
  return [
    f.value === null ? `not measured: ${f.note}` : `${f.value} ${f.unit}${latency}`,
    f.baseline !== undefined ? `${f.baselineName} ${f.baseline}${limits}` : limits.trim(),
    f.ratio !== undefined ? `${f.ratio}` : '',
  ];
};

export function printTable(results: Results): void {
  const rows = FIGURE_NAMES.map((name) => [name, ...cell(results[name])]);
  const header = ['figure', 'value', 'limit or peer (same run)', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n');
}

export function writeResults(results: Results, quick: boolean, file = join(__dirname, '..', 'results', 'latest.json')): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, node ${process.version}`;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, quick, results }, null, 2) + '\n');
}
