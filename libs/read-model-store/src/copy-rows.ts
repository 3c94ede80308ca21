import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * COPY's text format: a backslash, and the row and column separators, escaped. Most fields have none,
 * and four scans for one character each find that several times faster than one regular expression.
 */
const special = (value: string): boolean => value.includes('\\') || value.includes('\n') || value.includes('\r') || value.includes('\t');
const field = (value: string): string =>
  special(value) ? value.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!) : value;

/**
 * Rows below which a writer sends them in its one statement rather than by COPY. COPY is three
 * messages (the statement, the rows, their end), each a socket write that wakes the other process:
 * on two cores that cost more than the rows of a live batch (bench/README.md point 37).
 */
export const COPY_FROM_ROWS = 100;

/** Bytes per chunk handed to the stream: large enough that the stream's own cost per write does not count. */
const CHUNK_BYTES = 256 * 1024;
const TAB = 9;
const NEWLINE = 10;

/**
 * The rows as COPY's text, in chunks of CHUNK_BYTES or so, each row taken from `rows` only as its
 * chunk is made: rows made on demand (a document's JSON) live no longer than their chunk, and die young.
 * Each field is written as UTF-8 straight into the chunk: a chunk made as one string by concatenation
 * was then flattened and encoded whole, a copy of every byte twice more, and that cost as much as the
 * documents' JSON. A row may end in the next chunk: COPY reads its input as one stream.
 */
function* chunks(rows: Iterable<readonly string[]>): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = field(row[i]);
      // At most three bytes of UTF-8 a UTF-16 unit, and the separator or newline after it.
      const most = 3 * value.length + 1;
      if (used + most > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, most));
        used = 0;
      }
      used += chunk.write(value, used);
      chunk[used++] = i === row.length - 1 ? NEWLINE : TAB;
    }
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/**
 * Loads rows into `target` (a table and its columns) with COPY, on the runner's connection, so inside
 * its transaction; `rows` may be a generator that makes each row as COPY reads it. PostgreSQL takes COPY's rows without planning or parameter arrays: for the documents
 * of a batch, about half the cost of the same rows unnested from JSON in one INSERT.
 */
export async function copyRows(runner: QueryRunner, target: string, rows: Iterable<readonly string[]>): Promise<void> {
  const client = await (runner as PostgresQueryRunner).connect();
  await pipeline(Readable.from(chunks(rows)), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
}
