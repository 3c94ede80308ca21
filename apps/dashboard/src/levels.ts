import { LEVELS } from '../../../libs/domain/src/tension/tension-formula';

/** A colour per level of the index, named by the domain's own levels so a new level cannot go uncoloured unnoticed. */
export const LEVEL_COLOURS: Readonly<Record<string, string>> = {
  low: '#f9e79f',
  elevated: '#f5b041',
  high: '#e67e22',
  severe: '#c0392b',
} satisfies Record<(typeof LEVELS)[number]['level'], string>;
