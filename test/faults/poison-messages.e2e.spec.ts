import { Kafka, logLevel } from 'kafkajs';
import { trumpOnTruthSocial } from '../support/istanbul';
import { ADMIN_KEY, ParleyUnderTest, startParley } from '../support/parley-under-test';
import { testConfig } from '../support/test-config';

describe('poison messages on the topic', () => {
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley();
    const producer = new Kafka({ brokers: testConfig().kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    await producer.send({
      topic: parley.resources.topic,
      messages: [
        { key: 'statement-x', value: '{"eventId": "not json' },
        { key: 'statement-y', value: JSON.stringify({ eventId: '3f1c4f0e-0000-4000-8000-000000000001', type: 'TalksAbandoned', schemaVersion: 1, streamId: 'statement-y', streamVersion: 1, position: 99, occurredAt: '2025-06-02T10:00:00Z', recordedAt: '2025-06-02T10:00:00Z', data: {}, metadata: {} }) },
      ],
    });
    await producer.disconnect();
  });
  afterAll(() => parley.stop());

  it('sets each aside in dead_letters with its reason, and the projector carries on', async () => {
    const { body } = await parley.post('/api/v1/statements', trumpOnTruthSocial).expect(201);
    const res = await parley.http().get(`/api/v1/statements?minPosition=${body.position}`).expect(200);
    expect(res.body.statements).toEqual([expect.objectContaining({ speaker: 'Donald Trump' })]);
    const { rows } = await parley.db.query(`SELECT message_key, reason FROM dead_letters ORDER BY message_key`);
    expect(rows).toEqual([
      { message_key: 'statement-x', reason: expect.stringMatching(/SyntaxError|JSON/) },
      { message_key: 'statement-y', reason: expect.stringMatching(/TalksAbandoned/) },
    ]);
  });

  it('shows them to an admin key, newest first', async () => {
    const res = await parley.http().get('/api/v1/admin/dead-letters').set('X-API-Key', ADMIN_KEY).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.deadLetters.map((d: { key: string }) => d.key).sort()).toEqual(['statement-x', 'statement-y']);
    expect(res.body.deadLetters[0]).toMatchObject({ topic: parley.resources.topic, reason: expect.any(String), offset: expect.any(Number) });
  });

  it('counts them in the projection status, with the last reason', async () => {
    const res = await parley.http().get('/api/v1/admin/projections').set('X-API-Key', ADMIN_KEY).expect(200);
    expect(res.body).toMatchObject({ deadLetters: 2, lastDeadLetter: { reason: expect.any(String), receivedAt: expect.any(String) } });
    const newest = await parley.http().get('/api/v1/admin/dead-letters?limit=1').set('X-API-Key', ADMIN_KEY).expect(200);
    expect(res.body.lastDeadLetter.reason).toBe(newest.body.deadLetters[0].reason);
  });
});
