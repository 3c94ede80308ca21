import { CsvTable } from './csv-table';

/** A list that answers CSV: its route, where its rows are in the JSON answer, their columns, and how it pages. */
export interface ListExport<Body = never, Row = never> {
  /** The route as the router holds it: /api/v1/negotiations/:trackId/rounds. */
  readonly route: string;
  /** Named in the answer's file name and in `npm run export`. */
  readonly name: string;
  readonly table: CsvTable<Row>;
  rows(body: Body): readonly Row[];
  /** The query parameter that asks for the next page, and its value in a page (null on the last). */
  readonly next?: { readonly param: string; of(body: Body): string | number | null };
}

/** Typed where each export is written; held side by side, each reads only its own list's answers. */
export type AnyListExport = ListExport<unknown, unknown>;

export const listExport = <Body, Row>(spec: ListExport<Body, Row>): AnyListExport => spec as unknown as AnyListExport;
