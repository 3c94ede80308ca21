import { Source, StatementRecorded } from '@parley/domain';
import { amends } from '../amendments';
import { Projection } from '../projection';

export type StatementView = StatementRecorded['data'] & {
  readonly source: Source | null;
  readonly recordedAt: string;
  readonly position: number;
};

export const STATEMENT_TIMELINE = 'statement-timeline';

/** Statements as their corrections leave them; a retracted one leaves the timeline. */
export const statementTimelineProjection: Projection<StatementView> = {
  name: STATEMENT_TIMELINE,
  version: 1,
  filterable: ['actor', 'targets'],
  documentIds: (event) =>
    event.type === 'StatementRecorded' || amends(event, 'statement') ? [event.data.developmentId] : [],
  evolve: (doc, event) => {
    switch (event.type) {
      case 'StatementRecorded':
        return { ...event.data, source: event.data.source ?? event.metadata.source ?? null, recordedAt: event.recordedAt, position: event.position };
      case 'DevelopmentCorrected': {
        const { occurredAt, targets, cameo } = event.data.changes;
        return doc && { ...doc, madeAt: occurredAt ?? doc.madeAt, targets: targets ?? doc.targets, cameo: cameo ?? doc.cameo };
      }
      case 'DevelopmentRetracted':
        return null;
      default:
        return doc;
    }
  },
};
