import { DevelopmentPage, DevelopmentView } from '@parley/read-models';
import { asJson, column, tableOf } from '../csv-table';
import { EVENT_COLUMNS, EventFacts, keptFacts } from '../event-columns';
import { listExport } from '../list-export';

/** A development in ACLED's terms: actor1 (and those acting with it) acted on actor2; people are apart, under persons. */
export const developmentFacts = (d: DevelopmentView): EventFacts => {
  const persons = [...(d.person ? [d.person] : []), ...d.actorPersons];
  return {
    ...keptFacts(d),
    eventId: d.id,
    occurredAt: d.occurredAt,
    datePrecision: d.datePrecision,
    kind: d.kind,
    stage: typeof d.details.stage === 'string' ? d.details.stage : null,
    actor1: d.actor,
    assocActor1: d.actors.filter((a) => a !== d.actor && !persons.includes(a)),
    actor2: d.targets,
    persons: [...new Set([...persons, ...d.targetPersons])],
    location: d.location,
    fatalities: typeof d.magnitude.casualties === 'number' ? d.magnitude.casualties : null,
    summary: d.summary,
    recordedAt: d.recordedAt,
  };
};

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
