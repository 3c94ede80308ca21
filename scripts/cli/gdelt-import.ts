import { BadRow, GdeltExport } from './gdelt';
import { ParleyClient, alreadyRecorded } from './parley-client';

export interface ImportReport {
  readonly posted: number;
  readonly sourcesAttached: number;
  /** Rows Parley held already: imported before under this GLOBALEVENTID, or the very report under another. */
  readonly alreadyRecorded: number;
  /** Well-formed rows not about the chosen actors, or without an Actor1CountryCode: not posted. */
  readonly filtered: number;
  /** Rows skipped: malformed, or refused by Parley; each with its line number. */
  readonly bad: BadRow[];
}

/** Posts each row as a development; its GLOBALEVENTID is the Idempotency-Key, so a second import adds nothing. */
export async function importGdelt(
  client: ParleyClient,
  { rows, bad: malformed, filtered }: GdeltExport,
  onRow: () => void = () => undefined,
): Promise<ImportReport> {
  const bad = [...malformed];
  let posted = 0;
  let sourcesAttached = 0;
  let held = 0;
  for (const row of rows) {
    const answer = await client.post('/api/v1/developments', row.body, `gdelt:${row.globalEventId}`);
    const { status, body } = answer;
    if (alreadyRecorded(answer)) held += 1;
    else if (status >= 300) bad.push({ line: row.line, reason: `refused with ${status}: ${String(body.detail ?? JSON.stringify(body))}` });
    else if (body.sourceAttached) sourcesAttached += 1;
    else posted += 1;
    onRow();
  }
  return { posted, sourcesAttached, alreadyRecorded: held, filtered, bad: bad.sort((a, b) => a.line - b.line) };
}
