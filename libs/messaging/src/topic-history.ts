import { Admin, ConfigResourceTypes } from 'kafkajs';
import { KEEP_FOREVER } from './kafka';

/** Where a partition of the topic begins and ends now. */
export interface PartitionOffsets {
  readonly partition: number;
  readonly low: number;
  readonly high: number;
}

export async function partitionOffsets(admin: Admin, topic: string): Promise<PartitionOffsets[]> {
  return (await admin.fetchTopicOffsets(topic)).map((o) => ({ partition: o.partition, low: Number(o.low), high: Number(o.high) }));
}

/**
 * Why the topic may no longer hold every event published to it; none when it holds them all. A topic
 * created by hand, or altered since, may let Kafka delete events (and may already have): a partition
 * that no longer starts at offset 0 has lost its first ones.
 */
export async function historyGaps(admin: Admin, topic: string, partitions: readonly PartitionOffsets[]): Promise<string[]> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: KEEP_FOREVER.map((c) => c.name) }],
  });
  const settings = new Map(resources[0].configEntries.map((e) => [e.configName, e.configValue]));
  return [
    ...KEEP_FOREVER.filter(({ name, value }) => settings.get(name) !== value).map(
      ({ name, value }) => `${name} is ${settings.get(name)}, not ${value}`,
    ),
    ...partitions.filter((p) => p.low > 0).map((p) => `partition ${p.partition} starts at offset ${p.low}, not 0`),
  ];
}
