import { InvalidField } from '../shared/domain-error';
import table from './cameo-goldstein.json';

/** GDELT's CAMEO→Goldstein table; its version travels with every coding made from it. */
export const CAMEO_TABLE_VERSION = table.version;

export type QuadClass = 1 | 2 | 3 | 4;

/** A CAMEO coding as in force when the development was recorded: later table changes never rewrite it. */
export interface Cameo {
  readonly code: string;
  readonly rootCode: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: QuadClass;
  /** −10 most hostile … +10 most cooperative. */
  readonly goldstein: number;
  readonly tableVersion: string;
}

export interface CameoEntry extends Cameo {
  readonly label: string;
}

const ENTRIES: ReadonlyMap<string, CameoEntry> = new Map(
  (table.rows as [string, string, QuadClass, number, string][]).map(([code, rootCode, quadClass, goldstein, label]) => [
    code,
    { code, rootCode, quadClass, goldstein, label, tableVersion: table.version },
  ]),
);

export const cameoEntries = (): CameoEntry[] => [...ENTRIES.values()];

export const isCameoCode = (code: string): boolean => ENTRIES.has(code);

/** The coding of a code; an unknown code is the caller's mistake, named as `field`. */
export function cameoOf(code: string, field = 'cameoCode'): Cameo {
  const entry = ENTRIES.get(code);
  if (!entry) throw new InvalidField(field, `${code} is not a CAMEO event code of table ${table.version}`);
  const { label: _, ...cameo } = entry;
  return cameo;
}
