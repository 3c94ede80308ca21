import { CsvTable } from './csv-table';

/**
 * A list that answers CSV: its route, where its rows are in the JSON answer, and their columns. A list
 * pages in CSV as in JSON: an answer with a `nextCursor` is followed by the page its `cursor` asks for.
 */
export interface ListExport<Body = never, Row = never> {
  /** The route as the router holds it: /api/v1/negotiations/:trackId/rounds. */
  readonly route: string;
  /** Named in the answer's file name and in `npm run export`. */
  readonly name: string;
  readonly table: CsvTable<Row>;
  rows(body: Body): readonly Row[];
}

/** The convention of every list that pages: `nextCursor` in the answer, passed back as `cursor`. */
export const CURSOR = { field: 'nextCursor', param: 'cursor' } as const;

/** Typed where each export is written; held side by side, each reads only its own list's answers. */
export type AnyListExport = ListExport<unknown, unknown>;

export const listExport = <Body, Row>(spec: ListExport<Body, Row>): AnyListExport => spec as unknown as AnyListExport;
