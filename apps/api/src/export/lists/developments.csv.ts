import { Figure, figureTotal } from '@parley/domain';
import { DevelopmentPage, DevelopmentView } from '@parley/read-models';
import { asJson, column, joined, tableOf } from '../csv-table';
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
    // ACLED's fatalities are one number: a split figure's total; the sides follow in fatalities_by_side.
    fatalities: figureTotal(d.magnitude.casualties) ?? null,
    notes: d.notes,
    summary: d.summary,
    recordedAt: d.recordedAt,
  };
};

/** `RUS:3; UKR:12`: a split figure's sides, in the order of their codes. */
const bySide = (figure: Figure | undefined): string | null =>
  figure === undefined || typeof figure === 'number'
    ? null
    : joined(
        Object.entries(figure.bySide)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([side, n]) => `${side}:${n}`),
      );

export const DEVELOPMENTS_CSV = listExport<DevelopmentPage, DevelopmentView>({
  route: '/api/v1/developments',
  name: 'developments',
  table: tableOf(developmentFacts, EVENT_COLUMNS, [
    column('location_precision', (d) => d.location?.precision),
    column('fatalities_by_side', (d) => bySide(d.magnitude.casualties)),
    column('figures_approximate', (d) => d.magnitude.approximate === true),
    column('figures_claimed_by', (d) => d.magnitude.claimedBy),
    column('independent_sources', (d) => d.independentSources),
    column('corrections', (d) => d.corrections),
    column('details', (d) => asJson(d.details)),
  ]),
  rows: (page) => page.developments,
});
