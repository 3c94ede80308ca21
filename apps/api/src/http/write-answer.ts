import { DisputedFigure, ParleyEvent, developmentOfEvent, isDevelopmentRecorded } from '@parley/domain';
import { AppendResult } from '@parley/event-store';

/** What every write answers with 201. */
export interface WriteAnswer {
  /** The development the write recorded or changed. */
  id?: string;
  /** True when the write was a report of a development already recorded: its source was attached. */
  sourceAttached: boolean;
  /** On a report: the development it corroborated, or null when it was recorded as a new one. */
  corroborated?: string | null;
  /** What the report and the development it corroborated agree on. */
  matched?: readonly string[];
  /** Figures the report gives otherwise than the development, kept beside its own. */
  disputed?: readonly DisputedFigure[];
  streamId: string;
  streamVersion: number;
  position: number;
  eventIds: string[];
}

const isNewReport = (event: ParleyEvent): boolean =>
  isDevelopmentRecorded(event) || event.type === 'StatementRecorded' || event.type === 'PrisonerExchangeRecorded';

/** Whether a report was taken for a development already recorded, and why; nothing for other writes. */
function identityOf(events: readonly ParleyEvent[]): Pick<WriteAnswer, 'corroborated' | 'matched' | 'disputed'> {
  const attached = events.find((e) => e.type === 'SourceAttached');
  if (attached?.type === 'SourceAttached') {
    const { developmentId, matched, disputed } = attached.data;
    return { corroborated: developmentId, ...(matched ? { matched } : {}), ...(disputed ? { disputed } : {}) };
  }
  return events.some(isNewReport) ? { corroborated: null } : {};
}

export const toWriteAnswer = (
  { streamId, streamVersion, position, eventIds }: AppendResult,
  events: readonly ParleyEvent[],
): WriteAnswer => {
  const id = events[0] && developmentOfEvent(events[0]);
  return {
    ...(id ? { id } : {}),
    sourceAttached: events.some((e) => e.type === 'SourceAttached'),
    ...identityOf(events),
    streamId,
    streamVersion,
    position,
    eventIds,
  };
};
