import { cameoOf } from './cameo/cameo';
import { talksDevelopmentId } from './development/development-id';
import { DEVELOPMENT_KIND_LIST } from './development/development-kinds';
import { TALKS_HELD_CAMEO, TALKS_SCHEDULED_CAMEO } from './negotiation-track/track.decide';
import { EXCHANGE_CAMEO } from './prisoner-exchange/prisoner-exchange';
import { STANCE_CAMEO, Stance } from './statement/statement';

type Data = Record<string, unknown>;

/**
 * Brings an event written with an older schema to the shape readers know today. Version 1 of the core's
 * events had no development id, CAMEO coding or source in their data: they get the id they would have
 * had, the default coding of today's table, and the source their write carried.
 */
const UPCASTERS: Record<string, Record<number, (data: Data, metadata: Data) => Data>> = {
  StatementRecorded: {
    // The very first statements named no targets, role or channel: they address no one in particular.
    1: ({ statementId, ...data }, metadata) => ({
      developmentId: statementId,
      role: null,
      targets: [],
      channel: null,
      ...data,
      person: null,
      source: metadata.source ?? null,
      cameo: cameoOf(STANCE_CAMEO[data.stance as Stance]),
    }),
  },
  PrisonerExchangeRecorded: {
    1: ({ exchangeId, ...data }, metadata) => ({
      developmentId: exchangeId,
      ...data,
      source: metadata.source ?? null,
      cameo: cameoOf(EXCHANGE_CAMEO),
    }),
  },
  TalksScheduled: {
    1: (data) => ({
      developmentId: talksDevelopmentId(data.trackId as string, data.round as number),
      ...data,
      cameo: cameoOf(TALKS_SCHEDULED_CAMEO),
    }),
    // Rounds named no host country before version 3.
    2: (data) => ({ ...data, hostCountry: null }),
    // Every round met in person before version 4.
    3: (data) => ({ ...data, format: 'in_person' }),
  },
  TalksConcluded: { 1: (data) => ({ ...data, cameo: cameoOf(TALKS_HELD_CAMEO) }) },
  // Each kind of development brings its own, beside its schema.
  ...Object.fromEntries(DEVELOPMENT_KIND_LIST.map((k) => [k.eventType, k.upcasters ?? {}])),
};

export function upcast(type: string, schemaVersion: number, data: Data, metadata: Data): { schemaVersion: number; data: Data } {
  const step = UPCASTERS[type]?.[schemaVersion];
  return step ? upcast(type, schemaVersion + 1, step(data, metadata), metadata) : { schemaVersion, data };
}
