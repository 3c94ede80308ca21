import { StatementRecorded } from '@parley/domain';
import { DocumentReader } from '../document-query';
import { Paged, filterConditions, findPage } from '../list-filter';
import { Provenance } from '../provenance';
import { DEVELOPMENTS, DevelopmentView } from './developments.projection';
import { DEVELOPMENT_FIELDS, DevelopmentFilter } from './developments.query';

/** A statement as the statements list shows it: its report's own fields, as recorded and corrected. */
export type StatementView = Omit<StatementRecorded['data'], 'source' | 'targets'> &
  Provenance & {
    readonly targets: readonly string[];
    /** The speaking actor and person: what `?actor=` matches, as on every list. */
    readonly actors: readonly string[];
    readonly recordedAt: string;
    readonly position: number;
  };

/** What the developments read model keeps of a statement's report among its details. */
type StatementDetails = Pick<StatementView, 'speaker' | 'role' | 'channel' | 'stance'>;

/** The developments' filters but `since`: a statement's list pages by when it was made. */
export type StatementFilter = Omit<DevelopmentFilter, 'since'>;

/**
 * A statement's development in the statement's own words, its report's fields in its report's order:
 * the developments read model keeps the quote as the summary, when it was made as occurredAt, and the
 * speaker, role, channel and stance among the details.
 */
export function statementOf(development: DevelopmentView): StatementView {
  const { speaker, role, channel, stance } = development.details as StatementDetails;
  const { id, actor, person, actors, targets, targetPersons, summary, occurredAt, trackId, cameo } = development;
  const { sources, confirmed, disputed, recordedAt, position } = development;
  // A statement's summary is its quote, never null.
  const quote = summary as string;
  return {
    developmentId: id,
    speaker,
    actor,
    person,
    actors,
    role,
    targets,
    targetPersons,
    channel,
    quote,
    stance,
    madeAt: occurredAt,
    trackId,
    cameo,
    sources,
    confirmed,
    disputed,
    recordedAt,
    position,
  };
}

/**
 * Statements standing (not retracted) newest first, by the time they were made, a page at a time: the
 * developments of their kind, read with the developments' fields, so the cursor is `madeAt|developmentId` as it always was.
 */
export async function listStatements(reader: DocumentReader, filter: StatementFilter): Promise<Paged<StatementView>> {
  const where = [
    { field: 'kind', op: 'eq', value: 'statement' } as const,
    { field: 'retracted', op: 'eq', value: false } as const,
    ...(await filterConditions(reader, filter, DEVELOPMENT_FIELDS)),
    ...(filter.target ? [{ field: 'targets', op: 'contains', value: filter.target } as const] : []),
  ];
  const { items, nextCursor } = await findPage<DevelopmentView>(reader, DEVELOPMENTS, where, DEVELOPMENT_FIELDS, filter);
  return { items: items.map(statementOf), nextCursor };
}
