import { ParleyEvent } from './events';
import { isDevelopmentRecorded } from './development/development';
import { DevelopmentDetails, DevelopmentKind } from './development/development-kinds';
import { actorsNamedIn } from './development/development-rules';

type Codes = string | readonly string[] | null | undefined;
const codes = (...fields: Codes[]): string[] => fields.flatMap((f) => (f === null || f === undefined ? [] : typeof f === 'string' ? [f] : [...f]));

/**
 * The actors a development's data names: who acted, whom at, and the actors its details name. The one
 * place that knows where a development keeps them, so a change of its shape is one change here.
 */
export const actorsOfDevelopment = (data: {
  actor?: string;
  actors?: readonly string[];
  person?: string | null;
  actorPersons?: readonly string[];
  targets?: readonly string[];
  targetPersons?: readonly string[];
  kind?: string;
  details?: object;
}): string[] => {
  const inDetails = data.kind && data.details ? Object.values(actorsNamedIn(data.kind as DevelopmentKind, data.details as DevelopmentDetails[DevelopmentKind])) : [];
  return codes(data.actors ?? data.actor, data.person, data.actorPersons, data.targets, data.targetPersons, ...inDetails);
};

/**
 * Every actor an event names itself, each once. What concerns an actor goes further: every event of a
 * stream that names it (a track's rounds, a development's sources, corrections and retraction, an
 * actor's backing), which the event store indexes from these.
 */
export function actorsNamedBy(event: ParleyEvent): string[] {
  return [...new Set(namedBy(event))];
}

function namedBy(event: ParleyEvent): string[] {
  if (isDevelopmentRecorded(event)) return actorsOfDevelopment(event.data);
  switch (event.type) {
    case 'StatementRecorded':
      return actorsOfDevelopment(event.data);
    case 'PrisonerExchangeRecorded':
      return codes(event.data.returned.map((r) => r.to), event.data.mediators);
    case 'TalksScheduled':
      return codes(event.data.parties, event.data.mediators);
    case 'DevelopmentCorrected':
      return codes(event.data.changes.targets, event.data.changes.targetPersons, event.data.changes.returned?.map((r) => r.to));
    case 'ActorRegistered':
      return codes(event.data.code, event.data.country);
    case 'ActorBackingChanged':
      return codes(event.data.code, event.data.backedBy);
    default:
      return [];
  }
}
