export type CsvValue = string | number | boolean | null | undefined;

/** One column of an export: its name in the header row, and its value in each row. */
export interface CsvColumn<Row> {
  readonly name: string;
  readonly value: (row: Row) => CsvValue;
}

/** The columns of one list's export: the header row, and each row as its values in that order. */
export interface CsvTable<Row> {
  readonly header: readonly string[];
  record(row: Row): CsvValue[];
}

export const column = <Row>(name: string, value: (row: Row) => CsvValue): CsvColumn<Row> => ({ name, value });

export const table = <Row>(columns: readonly CsvColumn<Row>[]): CsvTable<Row> => ({
  header: columns.map((c) => c.name),
  record: (row) => columns.map((c) => c.value(row)),
});

/** Columns over a part of the row (its facts, its round), placed before the row's own columns. */
export const tableOf = <Row, Part>(part: (row: Row) => Part, partColumns: readonly CsvColumn<Part>[], own: readonly CsvColumn<Row>[] = []): CsvTable<Row> => ({
  header: [...partColumns.map((c) => c.name), ...own.map((c) => c.name)],
  record: (row) => {
    const facts = part(row);
    return [...partColumns.map((c) => c.value(facts)), ...own.map((c) => c.value(row))];
  },
});

/** Several values in one cell, as ACLED writes associated actors: "RUS; UKR". */
export const joined = (values: readonly (string | null | undefined)[] | null | undefined): string =>
  (values ?? []).filter((v): v is string => typeof v === 'string' && v !== '').join('; ');

/** A nested value kept whole, for the columns no flat name fits (a kind's details, an event's data). */
export const asJson = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
