import { DevelopmentPage, DevelopmentView } from '@parley/read-models';
import { asJson, column, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts, keptFacts } from '../event-columns';
import { listExport } from '../list-export';

/** A development in ACLED's terms: actor1 acted on actor2; a person's country is their actor. */
export const developmentFacts = (d: DevelopmentView): EventFacts => ({
  ...keptFacts(d),
  eventId: d.id,
  occurredAt: d.occurredAt,
  datePrecision: d.datePrecision,
  kind: d.kind,
  stage: typeof d.details.stage === 'string' ? d.details.stage : null,
  actor1: d.actor,
  assocActor1: d.actors.filter((a) => a !== d.actor && a !== d.person),
  actor2: d.targets,
  persons: [d.person, ...d.targetPersons].filter((p): p is string => p !== null),
  location: d.location,
  fatalities: typeof d.magnitude.casualties === 'number' ? d.magnitude.casualties : null,
  summary: d.summary,
  recordedAt: d.recordedAt,
});

export const DEVELOPMENTS_CSV = listExport<DevelopmentPage, DevelopmentView>({
  route: '/api/v1/developments',
  name: 'developments',
  table: tableOf(developmentFacts, EVENT_COLUMNS, [
    column('independent_sources', (d) => d.independentSources),
    column('corrections', (d) => d.corrections),
    column('details', (d) => asJson(d.details)),
  ]),
  rows: (page) => page.developments,
});
