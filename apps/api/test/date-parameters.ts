import { TRACK } from '../src/openapi/istanbul-examples';

/** Every query and the date parameters it takes: one vocabulary, so all of them read a date the same way. */
export const DATE_PARAMETERS: [path: string, params: string[]][] = [
  ['/api/v1/events', ['from', 'to']],
  ['/api/v1/statements', ['from', 'to', 'asOf', 'knownAt']],
  ['/api/v1/developments', ['since', 'from', 'to', 'asOf', 'knownAt']],
  ['/api/v1/developments/retractions', ['since', 'asOf', 'knownAt']],
  ['/api/v1/actors', ['asOf', 'knownAt']],
  ['/api/v1/actors/RUS', ['asOf', 'knownAt']],
  ['/api/v1/prisoner-exchanges', ['asOf', 'knownAt']],
  [`/api/v1/negotiations/${TRACK}`, ['asOf', 'knownAt']],
  ['/api/v1/tension', ['asOf', 'knownAt']],
  ['/api/v1/tension/RUS-UKR', ['asOf', 'knownAt']],
  ['/api/v1/tension/RUS-UKR/history', ['from', 'to', 'asOf', 'knownAt']],
];
