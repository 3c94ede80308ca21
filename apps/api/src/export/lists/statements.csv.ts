import { StatementView } from '@parley/read-models';
import { column, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts } from '../event-columns';
import { listExport } from '../list-export';

/** A statement in ACLED's terms: the speaker's actor addressed actor2. */
const statementFacts = (s: StatementView): EventFacts => ({
  eventId: s.developmentId,
  occurredAt: s.madeAt,
  datePrecision: null,
  kind: 'statement',
  stage: null,
  actor1: s.actor,
  assocActor1: [],
  actor2: s.targets,
  persons: [s.person, ...(s.targetPersons ?? [])].filter((p): p is string => p !== null),
  location: null,
  fatalities: null,
  cameo: s.cameo,
  summary: s.quote,
  sources: s.sources,
  confirmed: s.confirmed,
  trackId: s.trackId,
  recordedAt: s.recordedAt,
  position: s.position,
});

export const STATEMENTS_CSV = listExport<{ statements: StatementView[] }, StatementView>({
  route: '/api/v1/statements',
  name: 'statements',
  table: tableOf(statementFacts, EVENT_COLUMNS, [
    column('speaker', (s) => s.speaker),
    column('role', (s) => s.role),
    column('channel', (s) => s.channel),
    column('stance', (s) => s.stance),
  ]),
  rows: (answer) => answer.statements,
});
