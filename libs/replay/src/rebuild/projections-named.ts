import { PROJECTIONS, Projection } from '@parley/read-models';

/** A read model name nobody registered. */
export class UnknownProjection extends Error {
  override readonly name = 'UnknownProjection';
  constructor(readonly projection: string) {
    super(`no read model is named ${projection}; known: ${PROJECTIONS.map((p) => p.name).join(', ')}`);
  }
}

export const ALL_PROJECTIONS = 'all';

/** The read models a rebuild is asked for: one by name, or `all`. */
export function projectionsNamed(name: string): readonly Projection[] {
  if (name === ALL_PROJECTIONS) return PROJECTIONS;
  const projection = PROJECTIONS.find((p) => p.name === name);
  if (!projection) throw new UnknownProjection(name);
  return [projection];
}
