import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { developmentsProjection, negotiationStatusProjection } from '@parley/read-models';
import { createApp } from '../apps/api/src/create-app';
import { parleyClient } from '../scripts/cli/parley-client';
import { Scenario, lastPosition, runScenario } from '../scripts/cli/scenario-runner';
import { eventually } from './support/parley-process';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

describe('read models stored by an earlier version of their reducer', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const reading = async () =>
    (await parley.http().get(`/api/v1/tension/RUS-UKR?minPosition=${position}`).expect(200)).body as {
      contributionCount: number;
      conflict: number;
      contributions: { eventId: string }[];
    };
  const versionOf = async (name: string) => (await parley.db.query(`SELECT version FROM projections WHERE name = $1`, [name])).rows[0].version;

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    const scenario: Scenario = JSON.parse(await readFile(join(__dirname, '../scenarios/istanbul-2025.json'), 'utf8'));
    position = lastPosition(await runScenario(parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY }), scenario));
  });
  afterAll(() => parley.stop());

  it('given developments stored by version 1, without the tension sums: a new start rebuilds them, and readings are whole again', async () => {
    const current = await reading();
    expect(current.contributionCount).toBeGreaterThan(5);
    expect(await versionOf('developments')).toBe(developmentsProjection.version);
    // Given the read model as version 1 of the reducer left it: no sums, no rankings.
    await parley.db.query(`UPDATE projections SET version = 1 WHERE name = 'developments'`);
    await parley.db.query(`DELETE FROM read_model_totals; DELETE FROM read_model_rankings`);
    expect((await reading()).contributionCount).toBe(0);

    // When Parley starts again on the same database
    const restarted = await createApp(parley.resources.env);
    try {
      await restarted.init();

      // Then it rebuilds that read model alone, at the new version, and the reading is what it was
      // The switch sets the version; the rebuild is recorded as ended only after the old generation is removed.
      const ended = async () => (await parley.db.query(`SELECT 1 FROM projection_rebuilds WHERE projection = 'developments' AND state = 'live'`)).rowCount === 1;
      await eventually('developments rebuilt at the current version', async () => (await versionOf('developments')) === developmentsProjection.version && ended());
      // Read now, a moment later: the same contributions, every one decayed a moment more.
      const rebuilt = await reading();
      expect(rebuilt.contributionCount).toBe(current.contributionCount);
      expect(rebuilt.contributions.map((c) => c.eventId)).toEqual(current.contributions.map((c) => c.eventId));
      expect(rebuilt.conflict / current.conflict).toBeCloseTo(1, 4);
      expect(await versionOf('negotiation-status')).toBe(negotiationStatusProjection.version);
      const rebuilds = await parley.db.query(`SELECT projection, state FROM projection_rebuilds`);
      expect(rebuilds.rows).toEqual([{ projection: 'developments', state: 'live' }]);
    } finally {
      await restarted.close();
    }
  });
});
