import { AnyListExport } from './list-export';
import { DEVELOPMENTS_CSV } from './lists/developments.csv';
import { EVENTS_CSV } from './lists/events.csv';
import { TRACKS_CSV, ROUNDS_CSV } from './lists/negotiations.csv';
import { PRISONER_EXCHANGES_CSV } from './lists/prisoner-exchanges.csv';
import { STATEMENTS_CSV } from './lists/statements.csv';
import { TENSION_HISTORY_CSV } from './lists/tension.csv';

/** Every list that answers CSV; a route listed here that the service does not have is never matched. */
export const LIST_EXPORTS: readonly AnyListExport[] = [
  DEVELOPMENTS_CSV,
  STATEMENTS_CSV,
  PRISONER_EXCHANGES_CSV,
  TRACKS_CSV,
  ROUNDS_CSV,
  TENSION_HISTORY_CSV,
  EVENTS_CSV,
];

const BY_ROUTE = new Map(LIST_EXPORTS.map((e) => [e.route, e]));

export const listExportAt = (route: string | undefined): AnyListExport | undefined => (route ? BY_ROUTE.get(route) : undefined);
