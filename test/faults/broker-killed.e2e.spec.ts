import { Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Client } from 'pg';
import { stopProcess } from '../support/child-process';
import { IsolatedResources, isolatedResources } from '../support/isolated-resources';
import { scheduleRound2 } from '../support/istanbul';
import { OwnKafkaCluster, freePort, ownKafkaCluster } from '../support/own-kafka';
import { WRITER_KEY } from '../support/parley-under-test';
import { ParleyProcess, eventually, spawnParley } from '../support/parley-process';
import { appliedThrough, headPosition, outboxBacklog } from '../support/progress';
import { sample } from '../support/prometheus';
import { storedAndFoldedReadModels } from '../support/read-models-agree';
import { readWholeTopic } from '../support/topic-reader';

/** Tracks written at once, each one round after another: several long streams whose order can be checked. */
const TRACKS = 4;
/** Writes acknowledged (and published) before the kill, while the broker is down, and after its restart. */
const PHASE_WRITES = 40;
const SLOW = 180_000;
const ARTIFACTS = 'test-artifacts';

type Ack = { streamId: string; streamVersion: number; eventIds: string[] };

describe('a broker of a three-broker Kafka cluster killed while developments are written', () => {
  let cluster: OwnKafkaCluster;
  let resources: IsolatedResources;
  let api: ParleyProcess;
  let db: Client;
  let admin: Admin;
  let writing = true;

  beforeAll(async () => {
    cluster = await ownKafkaCluster();
    resources = await isolatedResources();
    admin = new Kafka({ brokers: cluster.brokers.split(','), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  }, SLOW);
  afterAll(async () => {
    writing = false;
    if (api) {
      await stopProcess(api.child);
      // What the service said, kafkajs's errors among it, to see what a failed or slow run met.
      await mkdir(ARTIFACTS, { recursive: true });
      await writeFile(`${ARTIFACTS}/broker-killed.log`, api.output());
    }
    await admin?.disconnect();
    await db?.end();
    await cluster?.remove();
    await resources?.remove();
  }, SLOW);

  it('given replication 3 and min.insync.replicas 2, when the leader is killed with SIGKILL and restarted, then every acknowledged write is on the topic exactly once, in stream order, and the read models match the log', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // Warnings logged: the relay's failed sends and what it found published after them go in the figures.
    api = spawnParley('api', { ...resources.env, PORT: String(port), KAFKA_BROKERS: cluster.brokers, KAFKA_REPLICATION_FACTOR: '3', LOG_LEVEL: 'warn' });
    await eventually('the API to answer', async () => (await fetch(`${base}/health/live`)).ok, SLOW);
    db = new Client({ connectionString: resources.databaseUrl });
    await db.connect();
    const { topic } = resources;
    const partitions = async () => (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0].partitions;
    const published = async () => sample(await (await fetch(`${base}/metrics`)).text(), 'parley_relay_published_events_total') ?? 0;

    // given writers that go on through everything below, each scheduling the next round of its own track
    const acks: Ack[] = [];
    const refused: string[] = [];
    const writeRounds = async (trackId: string) => {
      // Each round numbered and an hour after the last: a round reported without its number is another report of one already scheduled.
      for (let round = 1; writing; round++) {
        const scheduledStart = new Date(Date.UTC(2020, 0, 1) + round * 3_600_000).toISOString();
        const response = await fetch(`${base}/api/v1/negotiations/${trackId}/rounds`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY },
          body: JSON.stringify({ ...scheduleRound2, round, scheduledStart, announcedAt: '2019-12-01T00:00:00Z' }),
        });
        if (response.status === 201) acks.push((await response.json()) as Ack);
        else refused.push(`${response.status} ${await response.text()}`);
      }
    };
    const writers = Array.from({ length: TRACKS }, (_, i) => writeRounds(`cluster-${i + 1}`));
    const writtenAndPublished = (count: number) =>
      eventually(`${count} writes acknowledged and published`, async () => acks.length >= count && (await published()) >= count, SLOW);

    await writtenAndPublished(PHASE_WRITES);
    // the topic Parley created holds three copies of each partition, and a write counts once two hold it
    expect((await partitions()).map((p) => p.replicas.length)).toEqual([3, 3, 3]);
    const [{ configEntries }] = (
      await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['min.insync.replicas'] }], includeSynonyms: false })
    ).resources;
    expect(configEntries.map((c) => [c.configName, c.configValue])).toEqual([['min.insync.replicas', '2']]);

    // when the broker leading partition 0 is killed
    const victim = (await partitions()).find((p) => p.partitionId === 0)!.leader;
    const atKill = { acks: acks.length, published: await published() };
    const killedAt = Date.now();
    await cluster.kill(victim);
    const leadersElectedMs = await eventually(
      'the other brokers to lead every partition',
      async () => (await partitions()).every((p) => p.leader >= 0 && p.leader !== victim) && Date.now() - killedAt,
      SLOW,
    );
    const publishingResumedMs = await eventually('the relay to publish again', async () => (await published()) > atKill.published && Date.now() - killedAt, SLOW);
    await writtenAndPublished(atKill.acks + PHASE_WRITES);
    const writesWithBrokerDown = acks.length - atKill.acks;

    // and restarted
    const restartedAt = Date.now();
    await cluster.start();
    const backInSyncMs = await eventually(
      'the restarted broker back in every in-sync replica set',
      async () => (await partitions()).every((p) => p.isr.includes(victim)) && Date.now() - restartedAt,
      SLOW,
    );
    await writtenAndPublished(acks.length + PHASE_WRITES);
    writing = false;
    await Promise.all(writers);

    // then every write was acknowledged, the outbox published, and the read models reached the head
    expect(refused).toEqual([]);
    const head = await headPosition(db);
    await eventually('the outbox to be published', async () => (await outboxBacklog(db)) === 0, SLOW);
    await eventually('the read models to reach the head', async () => (await appliedThrough(db)) === head, SLOW);

    // the topic holds every stored event exactly once, every acknowledged one among them, as a consumer
    // reading committed messages sees it: a page whose send failed while the leader moved was aborted
    // and sent again, and one whose acknowledgement was lost was not sent again
    const stored = (await db.query(`SELECT event_id, stream_id, stream_version::int FROM events ORDER BY position`)).rows;
    const messages = await readWholeTopic(topic, 60_000, cluster.brokers.split(','));
    const ids = messages.map((m) => m.value.eventId as string);
    const duplicates = ids.length - new Set(ids).size;
    expect(duplicates).toBe(0);
    expect(ids.length).toBe(stored.length);
    expect(new Set(ids)).toEqual(new Set(stored.map((r) => r.event_id)));
    const acknowledged = acks.flatMap((a) => a.eventIds);
    expect(acknowledged.filter((id) => !ids.includes(id))).toEqual([]);

    // each stream's events in its order, every stream on one partition
    const versions = (rows: { stream: string; version: number }[]) => {
      const streams: Record<string, number[]> = {};
      for (const { stream, version } of rows) (streams[stream] ??= []).push(version);
      return streams;
    };
    const onTopicByStream = versions(messages.map((m) => ({ stream: m.key!, version: m.value.streamVersion as number })));
    expect(onTopicByStream).toEqual(versions(stored.map((r) => ({ stream: r.stream_id, version: r.stream_version }))));
    expect(new Set(messages.map((m) => `${m.key}@${m.partition}`)).size).toBe(Object.keys(onTopicByStream).length);

    const { events, stored: documents, folded } = await storedAndFoldedReadModels(resources.databaseUrl);
    expect(events).toBe(acknowledged.length);
    expect(documents).toEqual(folded);

    const relayFailures = api.output().match(/outbox publish failed/g)?.length ?? 0;
    const foundPublished = [...api.output().matchAll(/(\d+) events up to position \d+ were published already/g)].reduce((n, m) => n + Number(m[1]), 0);
    const figures = { writesAcknowledged: acks.length, writesWithBrokerDown, victim, leadersElectedMs, publishingResumedMs, backInSyncMs, onTopic: ids.length, duplicates, relayFailures, foundPublished };
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(`${ARTIFACTS}/broker-killed.json`, `${JSON.stringify(figures, null, 2)}\n`);
    console.info(`broker killed: ${JSON.stringify(figures)}`);
  }, 900_000);
});
