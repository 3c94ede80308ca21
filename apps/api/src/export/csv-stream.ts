import { Options, stringify } from 'csv-stringify';
import { Readable, pipeline } from 'node:stream';
import { CsvTable } from './csv-table';

/** How every export writes: booleans as true and false, as in the JSON answers. */
export const csvOptions = <Row>(table: CsvTable<Row>): Options => ({
  header: true,
  columns: [...table.header],
  record_delimiter: 'windows',
  cast: { boolean: (b) => String(b) },
});

async function* records<Row>(rows: Iterable<Row> | AsyncIterable<Row>, table: CsvTable<Row>) {
  for await (const row of rows) yield table.record(row);
}

/**
 * The rows as CSV: the header row, then one record per row, quoted where a value holds a comma, a quote
 * or a line break, lines ended by CRLF (RFC 4180). Rows are pulled only as fast as the reader takes them.
 */
export function csvStream<Row>(table: CsvTable<Row>, rows: Iterable<Row> | AsyncIterable<Row>): Readable {
  const stringifier = stringify(csvOptions(table));
  // A failure mid-way (the database gone) destroys the answer with it, which ends the connection: a cut CSV is never taken for a whole one.
  pipeline(Readable.from(records(rows, table)), stringifier, () => undefined);
  return stringifier;
}
