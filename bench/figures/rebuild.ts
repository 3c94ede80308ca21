import { PgEventStore } from '@parley/event-store';
import { ProjectionWriter } from '@parley/read-model-store';
import { PROJECTIONS } from '@parley/read-models';
import { Generations } from '@parley/replay';
import { DataSource } from 'typeorm';
import { Figure, compared } from '../lib/report';

const PAGE = 5_000;
const perSecond = (count: number, startedAt: number) => Math.round(count / ((performance.now() - startedAt) / 1_000));

/** The first `events` stored events folded into a fresh generation as a rebuild does, beside a plain SELECT scan of the same rows. */
export async function measureRebuild(dataSource: DataSource, events: number): Promise<Figure> {
  const scanStart = performance.now();
  let scanned = 0;
  for (let after = 0; ; ) {
    const rows: { position: string }[] = await dataSource.query(`SELECT * FROM events WHERE position > $1 AND position <= $3 ORDER BY position LIMIT $2`, [after, PAGE, events]);
    if (rows.length === 0) break;
    scanned += rows.length;
    after = Number(rows[rows.length - 1].position);
  }
  const scanRate = perSecond(scanned, scanStart);

  const generations = new Generations(dataSource, new PgEventStore(dataSource), new ProjectionWriter(dataSource));
  const rebuildStart = performance.now();
  const green = await generations.openGreen(PROJECTIONS);
  const applied = await generations.fold(green, 0, async () => undefined, events);
  return compared(perSecond(applied, rebuildStart), 'events/s', 'plain SELECT scan', scanRate, { note: `${applied} events` });
}
