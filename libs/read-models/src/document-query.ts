/**
 * Queries on read-model documents as data, so one query has two interpreters: SQL over the stored
 * documents (live reads) and plain functions over folded ones (as-of reads, tests).
 * Fields are top-level document fields; range and order compare as text (timestamps are ISO-8601 UTC).
 */
import { searchMatches, searchedWords } from './text-search';

export type FieldValue = string | number | boolean;

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type Condition =
  | { readonly field: string; readonly op: 'eq'; readonly value: FieldValue }
  | { readonly field: string; readonly op: 'contains'; readonly value: string }
  | { readonly field: string; readonly op: RangeOp; readonly value: string }
  /** The document holds this, as PostgreSQL's jsonb `@>` reads it: nested fields and members of arrays of objects. */
  | { readonly op: 'has'; readonly value: { readonly [key: string]: Json } }
  /** Its searched text (SEARCHED_TEXT) matches a query written as a search box takes it (websearch_to_tsquery). */
  | { readonly op: 'search'; readonly value: string }
  /** At least one of the alternatives holds, each alternative all of its conditions; none given, nothing matches. */
  | { readonly op: 'any'; readonly of: readonly (readonly Condition[])[] };

export type RangeOp = 'gt' | 'gte' | 'lt' | 'lte';

/** Each range operator as a comparison of texts: the in-memory reading, and the SQL operator it is. */
export const RANGE_OPS: Readonly<Record<RangeOp, { sql: string; holds: (a: string, b: string) => boolean }>> = {
  gt: { sql: '>', holds: (a, b) => a > b },
  gte: { sql: '>=', holds: (a, b) => a >= b },
  lt: { sql: '<', holds: (a, b) => a < b },
  lte: { sql: '<=', holds: (a, b) => a <= b },
};

export interface DocumentQuery {
  readonly where: readonly Condition[];
  readonly orderBy: readonly { readonly field: string; readonly direction: 'asc' | 'desc' }[];
  readonly limit?: number;
}

export interface Total {
  readonly key: string;
  /** By name, in name order. */
  readonly values: Readonly<Record<string, number>>;
}

/** Totals added up, and taken away, by key and name: what a store keeps, where a sum back at zero is absent. */
export class TotalSums {
  private readonly sums = new Map<string, Record<string, number>>();

  add(totals: readonly Total[], sign: 1 | -1 = 1): this {
    for (const { key, values } of totals) {
      const sum = this.sums.get(key) ?? {};
      for (const [name, value] of Object.entries(values)) sum[name] = (sum[name] ?? 0) + sign * value;
      this.sums.set(key, sum);
    }
    return this;
  }

  /** In key order, each key's names in order; zero sums left out, and keys left with none. */
  toTotals(): Total[] {
    return [...this.sums]
      .map(([key, values]) => ({ key, values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1))) }))
      .filter((t) => Object.keys(t.values).length > 0)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  }
}

/** Ties in rank go to the higher id, in SQL as in memory. */
export const rankOrder = (rank: string, id: string): string => `${rank}\u0000${id}`;

/** Where queries read documents from: the stored read models, or ones folded in memory. */
export interface DocumentReader {
  get<D>(projection: string, id: string): Promise<D | null>;
  find<D>(projection: string, query: DocumentQuery): Promise<D[]>;
  /** The sums of a read model's DocumentIndex whose keys start with one of `prefixes` (none a prefix of another), in key order; zero sums are left out. */
  totals(projection: string, prefixes: readonly string[]): Promise<Total[]>;
  /** Documents ranked under `key`, highest rank first, that meet `where`. */
  ranked<D>(projection: string, key: string, query: { where: readonly Condition[]; limit: number }): Promise<D[]>;
  /**
   * A value derived from the read models, computed once for as long as they stay as they are (a
   * reader that caches keeps it until they change; the others compute it each time). What it returns
   * is shared: never change it.
   */
  memo?<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** `compute()`, kept by a reader that caches for as long as its read models do not change. */
export const memoized = <T>(reader: DocumentReader, key: string, compute: () => Promise<T>): Promise<T> =>
  reader.memo ? reader.memo(key, compute) : compute();

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** jsonb containment (`@>`), as PostgreSQL defines it: objects by key, arrays by each wanted member held by some member, scalars by equality. */
export function holds(value: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(value)) return false;
    return wanted.every((w) => value.some((v) => (w !== null && typeof w === 'object' ? holds(v, w) : v === w)));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    return Object.entries(wanted).every(([key, w]) => key in value && holds((value as Record<string, unknown>)[key], w));
  }
  // A top-level scalar is contained in an array holding it, as in PostgreSQL.
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

export function matches(doc: Record<string, unknown>, condition: Condition): boolean {
  switch (condition.op) {
    case 'has':
      return holds(doc, condition.value);
    case 'search':
      return searchMatches(searchedWords(doc), condition.value);
    case 'any':
      return condition.of.some((all) => all.every((c) => matches(doc, c)));
    case 'eq':
      return doc[condition.field] === condition.value;
    case 'contains': {
      const value = doc[condition.field];
      return Array.isArray(value) && value.includes(condition.value);
    }
    default: {
      const value = doc[condition.field];
      return value !== null && value !== undefined && RANGE_OPS[condition.op].holds(text(value), condition.value);
    }
  }
}

export function compareBy(orderBy: DocumentQuery['orderBy']) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const { field, direction } of orderBy) {
      const [x, y] = [text(a[field]), text(b[field])];
      if (x !== y) return (x < y ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return 0;
  };
}
