import { z } from 'zod';
import { ACTOR_CODE } from '../shared/actor';

/**
 * A development's figures as analysts keep them (docs/places-and-figures.md): each figure a plain
 * number, or split by side (`{ total?, bySide: { UKR: 12, RUS: 3 } }`, where `total` may exceed the
 * sides' sum when some of the dead are no side's, such as civilians counted apart); the whole set
 * marked `approximate` ("about 300") or `claimedBy` the one party whose claim it is.
 */
export interface SplitFigure {
  /** The figure for everyone, when a source gives one; else the sides' sum. */
  readonly total?: number;
  readonly bySide: Readonly<Record<string, number>>;
}

export type Figure = number | SplitFigure;

export const FIGURE_FIELDS = ['casualties', 'damageUsd', 'count', 'areaKm2'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export type Magnitude = { readonly [F in FigureField]?: Figure } & {
  /** The source gives the figures as approximate ("about", "some 300 to 400"): they count as given. */
  readonly approximate?: true;
  /** The party whose claim the figures are, unconfirmed by anyone else: they count at a discount in the tension index. */
  readonly claimedBy?: string;
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** A figure's total: itself, its given total, or the sum of its sides. */
export const figureTotal = (figure: Figure | undefined): number | undefined =>
  figure === undefined ? undefined : typeof figure === 'number' ? figure : (figure.total ?? sum(Object.values(figure.bySide)));

/** The figures by field and, for a split one, by side: `{ 'magnitude.casualties': 15, 'magnitude.casualties[UKR]': 12 }`. */
export function figuresByField(magnitude: Magnitude): Record<string, number> {
  return Object.fromEntries(
    FIGURE_FIELDS.flatMap((field) => {
      const figure = magnitude[field];
      if (figure === undefined) return [];
      const total: [string, number] = [`magnitude.${field}`, figureTotal(figure)!];
      if (typeof figure === 'number') return [total];
      return [total, ...Object.entries(figure.bySide).map(([side, n]): [string, number] => [`magnitude.${field}[${side}]`, n])];
    }),
  );
}

/** The sides a magnitude's figures name: a split must name the development's parties, as `claimedBy` must. */
export const sidesNamedIn = (magnitude: Magnitude): { field: string; side: string }[] =>
  FIGURE_FIELDS.flatMap((field) => {
    const figure = magnitude[field];
    return figure === undefined || typeof figure === 'number'
      ? []
      : Object.keys(figure.bySide).map((side) => ({ field: `magnitude.${field}.bySide.${side}`, side }));
  });

const side = z.string().regex(ACTOR_CODE, 'must be an upper-case actor code such as UKR');

/** One figure's schema: a number, `{ total?, bySide }`, or the shorthand `{ UKR: 12, RUS: 3 }` for `{ bySide: { … } }`. */
const figureOf = (value: z.ZodNumber) =>
  z.preprocess(
    (given) => (typeof given === 'object' && given !== null && !('bySide' in given) && !('total' in given) ? { bySide: given } : given),
    z.union([
      value,
      z
        .strictObject({
          total: value.optional(),
          bySide: z.record(side, value).refine((sides) => Object.keys(sides).length > 0, 'must name at least one side'),
        })
        .superRefine(({ total, bySide }, context) => {
          if (total !== undefined && total < sum(Object.values(bySide))) {
            context.addIssue({ code: 'custom', path: ['total'], message: 'must not be less than the sum of its sides' });
          }
        }),
    ]),
  );

const amount = z.number().min(0, 'must not be negative').max(1e15);

/** What a request may say of a development's size. */
export const magnitudeSchema = z.strictObject({
  casualties: figureOf(amount.int()).optional(),
  damageUsd: figureOf(amount).optional(),
  count: figureOf(amount.int()).optional(),
  areaKm2: figureOf(amount).optional(),
  approximate: z.literal(true, { message: 'must be true, or left out' }).optional(),
  claimedBy: side.optional(),
});
