import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parleyClient } from '../scripts/cli/parley-client';
import { Scenario, StepResult, lastPosition, runScenario, tally } from '../scripts/cli/scenario-runner';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

type Json = Record<string, any>;

/**
 * The three scenarios of 2025 loaded into one Parley, as an analyst would: what their read models must
 * show (issue "Any peace process, recorded faithfully") and the tension readings calibrated on them
 * (docs/tension-index.md, "Calibration").
 */
describe('India–Pakistan, DRC–Rwanda and Istanbul, 2025, posted through the REST API', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const results = new Map<string, StepResult[]>();
  const read = async (path: string): Promise<Json> =>
    (await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).expect(200)).body;
  const developments = async (query: string): Promise<Json[]> => (await read(`/api/v1/developments?limit=500&${query}`)).developments;
  const tension = (dyad: string, day: string) => read(`/api/v1/tension/${dyad}?asOf=${day}T23:59:59Z`);

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    const client = parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY });
    for (const name of ['istanbul-2025', 'india-pakistan-2025', 'drc-rwanda-2025']) {
      const scenario: Scenario = JSON.parse(await readFile(join(__dirname, `../scenarios/${name}.json`), 'utf8'));
      const answered = await runScenario(client, scenario);
      results.set(name, answered);
      position = Math.max(position, lastPosition(answered));
    }
  });
  afterAll(() => parley.stop());

  it('accepts every step of every scenario', () => {
    for (const [name, answered] of results) {
      expect({ name, refused: tally(answered).refused.map((r) => ({ step: r.index + 1, status: r.status, body: r.body })) }).toEqual({ name, refused: [] });
    }
  });

  it('prints the calibration readings', async () => {
    const rows: string[] = [];
    for (const [dyad, days] of [
      ['IND-PAK', ['2025-04-21', '2025-04-25', '2025-05-06', '2025-05-07', '2025-05-08', '2025-05-09', '2025-05-10', '2025-05-11', '2025-05-12', '2025-05-14', '2025-05-17', '2025-06-01', '2025-06-15', '2025-06-30']],
      ['COD-RWA', ['2025-01-31', '2025-02-10', '2025-02-17', '2025-02-28', '2025-03-18', '2025-03-25', '2025-04-30', '2025-05-31', '2025-06-26', '2025-06-27', '2025-07-04', '2025-07-11', '2025-07-31']],
      ['COD-M23', ['2025-01-31', '2025-02-17', '2025-04-23', '2025-06-27', '2025-07-19', '2025-07-31', '2025-08-22']],
      ['RUS-UKR', ['2025-06-02']],
    ] as const) {
      for (const day of days) {
        const r = await tension(dyad, day);
        rows.push(`${dyad} ${day} ${r.value.toFixed(2)} ${r.level} C=${r.conflict.toFixed(2)} P=${r.cooperation.toFixed(2)} A=${r.setAside.toFixed(2)} ${r.deEscalation ? `${r.deEscalation.kind}:${r.deEscalation.stage}` : ''} via=${r.contributions.filter((c: Json) => c.via).length}`);
      }
    }
    for (const month of ['2025-05', '2025-06']) {
      const t = await read(`/api/v1/tension/IND-PAK/trend?month=${month}&asOf=2025-07-01T00:00:00Z`);
      rows.push(`IND-PAK trend ${month} ${t.verdict} ${t.mean.toFixed(2)} vs ${t.previousMean.toFixed(2)}`);
    }
    console.log(rows.join('\n'));
  });
});
