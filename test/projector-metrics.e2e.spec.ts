import { TRACK, concludeRound2, exchangeOf24May, scheduleRound2, startRound2 } from './support/istanbul';
import { freePort } from './support/own-kafka';
import { ParleyProcess, eventually, spawnParley } from './support/parley-process';
import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { sample } from './support/prometheus';

const rounds = `/api/v1/negotiations/${TRACK}/rounds`;

describe('the standalone projector, scraped on its own port', () => {
  let parley: ParleyUnderTest;
  let projector: ParleyProcess;
  let base: string;
  const scrape = async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  };
  const applied = async () => sample(await scrape(), 'parley_projector_messages_total', { outcome: 'applied' }) ?? 0;

  beforeAll(async () => {
    // The API stores the events and its relay publishes them; only the projector that applies them runs apart.
    parley = await startParley({ PARLEY_COMPONENTS: 'api,relay' });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    projector = spawnParley('projector', { ...parley.resources.env, METRICS_PORT: String(port) });
    await eventually('the projector to answer on its port', async () => (await fetch(`${base}/health/live`)).ok).catch((error) => {
      throw new Error(`${(error as Error).message}\n${projector.output()}`);
    });
  }, 120_000);
  afterAll(async () => {
    projector?.child.kill('SIGTERM');
    await projector?.exited;
    await parley?.stop();
  });

  it('answers its liveness probe', async () => {
    const res = await fetch(`${base}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('shows its consumer joined to the group', async () => {
    const group = parley.resources.groupId;
    const metrics = await eventually('the consumer to join', async () => {
      const text = await scrape();
      return sample(text, 'parley_kafka_consumer_state', { group, state: 'joined' }) === 1 && text;
    });
    for (const state of ['connecting', 'rebalancing', 'crashed', 'stopped']) {
      expect(sample(metrics, 'parley_kafka_consumer_state', { group, state })).toBe(0);
    }
  });

  it('given the Istanbul round and its exchange posted to the API, counts the four messages it applied, with every read model caught up', async () => {
    const before = await applied();
    await parley.post(rounds, scheduleRound2).expect(201);
    await parley.post(`${rounds}/2/start`, startRound2).expect(201);
    await parley.post(`${rounds}/2/conclude`, concludeRound2).expect(201);
    await parley.post('/api/v1/prisoner-exchanges', exchangeOf24May).expect(201);

    await eventually('the projector to apply the four events', async () => (await applied()) === before + 4);
    const metrics = await eventually('the read models to catch up', async () => {
      const text = await scrape();
      return sample(text, 'parley_projector_lag_events', { projection: 'negotiation-status' }) === 0 && text;
    });
    expect(sample(metrics, 'parley_projector_messages_total', { outcome: 'dead_letter' })).toBe(0);
    for (const projection of ['negotiation-status', 'developments', 'registered-actors']) {
      expect(sample(metrics, 'parley_projector_lag_events', { projection })).toBe(0);
    }
  });
});
