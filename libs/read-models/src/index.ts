import { Projection } from './projection';
import { negotiationStatusProjection } from './negotiation-status/negotiation-status.projection';
import { developmentsProjection } from './developments/developments.projection';
import { registeredActorsProjection } from './actors/actors.projection';
import { actorBackingsProjection } from './actors/actor-backings.projection';

export * from './projection';
export * from './document-query';
export * from './text-search';
export * from './list-filter';
export * from './in-memory-documents';
export * from './negotiation-status/negotiation-status.projection';
export * from './negotiation-status/negotiation-status.query';
export * from './developments/developments.projection';
export * from './developments/developments.query';
export * from './developments/statements.query';
export * from './developments/prisoner-exchanges.query';
export * from './actors/actors.projection';
export * from './actors/actor-backings.projection';
export * from './actors/actors.query';

/** Every read model Parley maintains. */
export const PROJECTIONS: readonly Projection[] = [
  negotiationStatusProjection as Projection,
  developmentsProjection as Projection,
  registeredActorsProjection as Projection,
  actorBackingsProjection as Projection,
];
export * from './tension/tension.query';
export * from './tension/tension.index';
