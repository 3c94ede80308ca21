import { BadRow, GdeltExport } from './gdelt';
import { BATCH_LIMIT, ParleyClient, alreadyRecorded, asSingleAnswer } from './parley-client';

export interface ImportReport {
  readonly posted: number;
  readonly sourcesAttached: number;
  /** Rows Parley held already: imported before under this GLOBALEVENTID, or the very report under another. */
  readonly alreadyRecorded: number;
  /** Well-formed rows not about the chosen actors, or without an Actor1CountryCode: not posted. */
  readonly filtered: number;
  /** Rows skipped: malformed, or refused by Parley; each with its line number. */
  readonly bad: BadRow[];
  /** The last log position the import's answers named: minPosition to read it back. */
  readonly position: number;
}

/**
 * Posts the rows as developments, in batches of up to BATCH_LIMIT (POST /api/v1/developments/batch),
 * in the order of the file; each row's GLOBALEVENTID is its idempotency key, so a second import adds
 * nothing, whether the first went in batches or row by row. `onRow` is called once for each row answered.
 */
export async function importGdelt(
  client: ParleyClient,
  { rows, bad: malformed, filtered }: GdeltExport,
  onRow: () => void = () => undefined,
  batchSize = BATCH_LIMIT / 2,
): Promise<ImportReport> {
  const bad = [...malformed];
  let posted = 0;
  let sourcesAttached = 0;
  let held = 0;
  let position = 0;
  for (let first = 0; first < rows.length; first += batchSize) {
    const batch = rows.slice(first, first + batchSize);
    const { status, body } = await client.postBatch(batch.map((row) => ({ ...row.body, idempotencyKey: `gdelt:${row.globalEventId}` })));
    if (status !== 201) throw new Error(`the rows from line ${batch[0].line} were refused with ${status}: ${JSON.stringify(body)}`);
    position = Math.max(position, ...body.lines.map((line) => line.position ?? 0));
    for (const line of body.lines) {
      const answer = asSingleAnswer(line);
      if (alreadyRecorded(answer)) held += 1;
      else if (answer.status >= 300) bad.push({ line: batch[line.line - 1].line, reason: `refused with ${answer.status}: ${String(answer.body.detail ?? JSON.stringify(answer.body))}` });
      else if (line.outcome === 'corroborated') sourcesAttached += 1;
      else posted += 1;
      onRow();
    }
  }
  return { posted, sourcesAttached, alreadyRecorded: held, filtered, bad: bad.sort((a, b) => a.line - b.line), position };
}
