import { ParleyUnderTest, startParley } from './support/parley-under-test';

describe('health probes', () => {
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley.stop());

  it('reports itself live, and ready with PostgreSQL, Kafka and the projector lag', async () => {
    await parley.http().get('/health/live').expect(200);
    const ready = await parley.http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      details: { postgresql: { status: 'up' }, kafka: { status: 'up', brokers: 1 }, projector: { status: 'up', lagEvents: 0 } },
    });
  });

  it('reports not ready, naming the projector, when the read models trail the log too far', async () => {
    const lagging = await startParley({ PARLEY_COMPONENTS: 'api', READY_MAX_LAG: '2' });
    try {
      await lagging.db.query(`UPDATE event_log_head SET position = position + 5`);
      const res = await lagging.http().get('/health/ready').expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, details: { projector: { status: 'down', lagEvents: 5, maxLagEvents: 2 } } });
    } finally {
      await lagging.stop();
    }
  });
});
