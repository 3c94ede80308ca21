import { createApp } from '../apps/api/src/create-app';
import { TRACK, concludeRound2, exchangeOf24May, scheduleRound2, startRound2 } from './support/istanbul';
import { withKafkaAdmin } from './support/kafka-admin';
import { LogCapture } from './support/log-capture';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';
import { sample } from './support/prometheus';

const rounds = `/api/v1/negotiations/${TRACK}/rounds`;

describe('what operators see: metrics, structured logs, configuration', () => {
  const logs = new LogCapture();
  let parley: ParleyUnderTest;
  let metrics: string;
  let lastPosition: number;

  beforeAll(async () => {
    parley = await startParley({ LOG_LEVEL: 'debug' }, { logDestination: logs });
    // given the Istanbul round, its exchange, a refused write and a write with an unknown key
    await parley.post(rounds, scheduleRound2, { 'X-Correlation-Id': 'istanbul-round-2' }).expect(201);
    await parley.post(`${rounds}/2/start`, startRound2).expect(201);
    await parley.post(`${rounds}/2/conclude`, concludeRound2).expect(201);
    lastPosition = (await parley.post('/api/v1/prisoner-exchanges', exchangeOf24May).expect(201)).body.position;
    await parley.post(`${rounds}/9/start`, startRound2).expect(409);
    await parley.http().post(rounds).set('X-API-Key', 'a-wrong-secret-key').send(scheduleRound2).expect(401);
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${lastPosition}`).expect(200);
    // The relay records what it published just after Kafka acknowledges, which may be after the projector applied.
    do {
      metrics = (await parley.http().get('/metrics').expect(200).expect('Content-Type', /text\/plain/)).text;
    } while (sample(metrics, 'parley_outbox_backlog_events') !== 0);
  });
  afterAll(() => parley.stop());

  describe('/metrics', () => {
    it('counts HTTP requests by route pattern and status, with latency histograms', () => {
      const route = { method: 'POST', route: '/api/v1/negotiations/:trackId/rounds' };
      expect(sample(metrics, 'parley_http_requests_total', { ...route, status: '201' })).toBe(1);
      expect(sample(metrics, 'parley_http_requests_total', { ...route, status: '401' })).toBe(1);
      expect(sample(metrics, 'parley_http_request_duration_seconds_count', { ...route, status: '201' })).toBe(1);
      expect(sample(metrics, 'parley_http_request_duration_seconds_bucket', { ...route, status: '201', le: '+Inf' })).toBe(1);
    });

    it('counts commands by type and outcome, and events appended by type', () => {
      expect(sample(metrics, 'parley_commands_total', { command: 'ScheduleTalks', outcome: 'accepted' })).toBe(1);
      expect(sample(metrics, 'parley_commands_total', { command: 'StartTalks', outcome: 'refused' })).toBe(1);
      expect(sample(metrics, 'parley_events_appended_total', { type: 'PrisonerExchangeRecorded' })).toBe(1);
    });

    it('shows the relay backlog drained, the relay timed and every read model caught up', () => {
      expect(sample(metrics, 'parley_outbox_backlog_events')).toBe(0);
      expect(sample(metrics, 'parley_relay_published_events_total')).toBe(4);
      expect(sample(metrics, 'parley_relay_publish_duration_seconds_count')).toBeGreaterThan(0);
      for (const projection of ['negotiation-status', 'developments', 'registered-actors']) {
        expect(sample(metrics, 'parley_projector_lag_events', { projection })).toBe(0);
        expect(sample(metrics, 'parley_projector_lag_seconds', { projection })).toBe(0);
      }
      expect(sample(metrics, 'parley_projector_messages_total', { outcome: 'applied' })).toBe(4);
    });

    it('shows the projector consumer joined to its group', () => {
      const group = parley.resources.groupId;
      expect(sample(metrics, 'parley_kafka_consumer_state', { group, state: 'joined' })).toBe(1);
      expect(sample(metrics, 'parley_kafka_consumer_state', { group, state: 'crashed' })).toBe(0);
    });
  });

  describe('Kafka', () => {
    it("has the projector group's offsets committed through each partition's last event, where lag tools read them", async () => {
      const { topic, groupId } = parley.resources;
      // Committed after each transaction, without holding up the next: given a moment, not at once.
      const offsets = () =>
        withKafkaAdmin(async (admin) => {
          const [ends, [group]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
          return ends.map(({ partition, offset }) => ({ end: Number(offset), committed: Number(group.partitions.find((p) => p.partition === partition)!.offset) }));
        });
      // Past a page's last event may be its commit marker, which no consumer is handed.
      const behind = (list: { end: number; committed: number }[]) =>
        list.filter(({ end, committed }) => (end === 0 ? committed !== -1 : committed <= 0 || end - committed > 1));
      let partitions = await offsets();
      for (let tries = 0; tries < 50 && behind(partitions).length > 0; tries++) partitions = await new Promise((r) => setTimeout(r, 100)).then(offsets);
      expect(partitions.some(({ end }) => end > 0)).toBe(true);
      expect(behind(partitions)).toEqual([]);
    });
  });

  describe('logs', () => {
    it('writes JSON lines with the request id and the correlation id the caller sent', () => {
      const request = logs.lines.find((l) => (l.req as { url?: string })?.url === rounds && (l.res as { statusCode?: number })?.statusCode === 201);
      expect(request).toMatchObject({ level: 30, correlationId: 'istanbul-round-2', req: { id: expect.any(String) } });
    });

    it('carries the correlation id into the event metadata and the projector line for that event', async () => {
      const { rows } = await parley.db.query(`SELECT event_id, metadata FROM events WHERE type = 'TalksScheduled'`);
      expect(rows[0].metadata.correlationId).toBe('istanbul-round-2');
      expect(logs.lines).toContainEqual(
        expect.objectContaining({ context: 'Projector', msg: 'event projected', eventId: rows[0].event_id, correlationId: 'istanbul-round-2' }),
      );
    });

    it('writes no line for a scrape or a probe, which come every few seconds', async () => {
      await parley.http().get('/health/live').expect(200);
      const probes = logs.lines.filter((l) => /^\/(metrics|health)/.test((l.req as { url?: string })?.url ?? ''));
      expect(probes).toEqual([]);
    });

    it('never writes an API key, right or wrong', () => {
      expect(logs.raw.length).toBeGreaterThan(10);
      expect(logs.raw.join('\n')).not.toContain(WRITER_KEY);
      expect(logs.raw.join('\n')).not.toContain('a-wrong-secret-key');
      expect(logs.lines.some((l) => JSON.stringify(l.req ?? {}).includes('[redacted]'))).toBe(true);
    });
  });

  it('refuses to start on a wrong variable, naming it', async () => {
    await expect(createApp({ ...parley.resources.env, KAFKA_BROKERS: 'no-port' })).rejects.toThrow(/KAFKA_BROKERS/);
  });
});
