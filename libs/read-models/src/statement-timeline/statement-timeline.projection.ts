import { StatementRecorded } from '@parley/domain';
import { followsUp } from '../amendments';
import { Projection } from '../projection';
import { Provenance, firstReport, resourced } from '../provenance';

export type StatementView = Omit<StatementRecorded['data'], 'source'> &
  Provenance & {
    readonly recordedAt: string;
    readonly position: number;
  };

export const STATEMENT_TIMELINE = 'statement-timeline';

/** Statements as their corrections leave them, with every source that reported them; a retracted one leaves the timeline. */
export const statementTimelineProjection: Projection<StatementView> = {
  name: STATEMENT_TIMELINE,
  // 2: sources and confirmed, and corrections of the quote. 3: source ids, detached sources.
  version: 3,
  filterable: ['actor', 'targets'],
  documentIds: (event) =>
    event.type === 'StatementRecorded' || followsUp(event, 'statement') ? [event.data.developmentId] : [],
  evolve: (doc, event) => {
    switch (event.type) {
      case 'StatementRecorded': {
        const { source, targetPersons = [], ...said } = event.data;
        return { ...said, targetPersons, ...firstReport(source, event), recordedAt: event.recordedAt, position: event.position };
      }
      case 'SourceAttached':
      case 'SourceDetached':
        return doc && resourced(doc, event);
      case 'DevelopmentCorrected': {
        const { occurredAt, targets, targetPersons, quote, cameo } = event.data.changes;
        return doc && {
          ...doc,
          madeAt: occurredAt ?? doc.madeAt,
          targets: targets ?? doc.targets,
          targetPersons: targetPersons ?? doc.targetPersons ?? [],
          quote: quote ?? doc.quote,
          cameo: cameo ?? doc.cameo,
        };
      }
      case 'DevelopmentRetracted':
        return null;
      default:
        return doc;
    }
  },
};
