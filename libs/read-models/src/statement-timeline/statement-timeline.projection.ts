import { Source, StatementRecorded } from '@parley/domain';
import { Projection } from '../projection';

export type StatementView = StatementRecorded['data'] & {
  readonly source: Source | null;
  readonly recordedAt: string;
  readonly position: number;
};

export const STATEMENT_TIMELINE = 'statement-timeline';

export const statementTimelineProjection: Projection<StatementView> = {
  name: STATEMENT_TIMELINE,
  documentIds: (event) => (event.type === 'StatementRecorded' ? [event.data.statementId] : []),
  evolve: (doc, event) =>
    event.type === 'StatementRecorded'
      ? { ...event.data, source: event.metadata.source ?? null, recordedAt: event.recordedAt, position: event.position }
      : doc,
};
