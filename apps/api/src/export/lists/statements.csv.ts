import { StatementView } from '@parley/read-models';
import { column, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts, keptFacts, UNRECORDED } from '../event-columns';
import { listExport } from '../list-export';

/** A statement in ACLED's terms: the speaker's actor addressed actor2. */
const statementFacts = (s: StatementView): EventFacts => ({
  ...UNRECORDED,
  ...keptFacts(s),
  eventId: s.developmentId,
  occurredAt: s.madeAt,
  kind: 'statement',
  actor1: s.actor,
  actor2: s.targets,
  persons: [s.person, ...(s.targetPersons ?? [])].filter((p): p is string => p !== null),
  summary: s.quote,
  recordedAt: s.recordedAt,
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
