import { StatementRecorded } from '@parley/domain';
import { followsUp } from '../amendments';
import { Draft, Projection } from '../projection';
import { Provenance, firstReported, resourced } from '../provenance';

export type StatementView = Omit<StatementRecorded['data'], 'source'> &
  Provenance & {
    /** The speaking actor and person: what `?actor=` matches, as on every list. */
    readonly actors: readonly string[];
    readonly recordedAt: string;
    readonly position: number;
  };

export const STATEMENT_TIMELINE = 'statement-timeline';

/** Statements as their corrections leave them, with every source that reported them; a retracted one leaves the timeline. */
export const statementTimelineProjection: Projection<StatementView> = {
  name: STATEMENT_TIMELINE,
  // 2: sources and confirmed, and corrections of the quote. 3: source ids, detached sources. 4: the speaking person among the actors.
  version: 4,
  filterable: ['actors', 'targets'],
  documentIds: (event) =>
    event.type === 'StatementRecorded' || followsUp(event, 'statement') ? [event.data.developmentId] : [],
  evolve: (doc, event) => {
    switch (event.type) {
      case 'StatementRecorded': {
        const { source, targetPersons = [], ...said } = event.data;
        // Said's own new object, extended by name (firstReported says why).
        const statement = said as Draft<Omit<StatementView, keyof Provenance | 'recordedAt' | 'position'>>;
        statement.targetPersons = targetPersons;
        statement.actors = said.person ? [said.actor, said.person] : [said.actor];
        const doc = firstReported(statement, source, event) as Draft<StatementView>;
        doc.recordedAt = event.recordedAt;
        doc.position = event.position;
        return doc;
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
