import { Injectable } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { PartitionOffsets, Projector, createKafka, historyGaps, partitionOffsets } from '@parley/messaging';
import { ParleyMetrics } from '@parley/metrics';
import { GenerationTarget, ProjectionWriter } from '@parley/read-model-store';
import { Projection } from '@parley/read-models';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ReportProgress } from './generations';
import { OnProgress, ProjectionRebuilder, Rebuild } from './projection-rebuilder';

const POLL_MS = 200;

/** The topic may have lost events: a replay from it would be filled in from the store, so it is refused. */
export class IncompleteKafkaHistory extends Error {
  override readonly name = 'IncompleteKafkaHistory';
  constructor(topic: string, gaps: readonly string[]) {
    super(`Kafka topic ${topic} may not hold the whole history (${gaps.join('; ')}); rebuild from the store instead`);
  }
}

/**
 * Rebuilds read models from Kafka instead of the store: the projector's own code runs under a new
 * consumer group from the earliest offset (the topic keeps events forever) into a green generation.
 * Once it has consumed what the topic held when it began, the switch applies whatever the topic had
 * not yet received from the store, exactly as a store rebuild ends; the report counts the two apart.
 */
@Injectable()
export class KafkaReplay {
  constructor(
    private readonly config: ParleyConfig,
    private readonly dataSource: DataSource,
    private readonly writer: ProjectionWriter,
    private readonly rebuilder: ProjectionRebuilder,
    private readonly metrics: ParleyMetrics,
  ) {}

  start(projections: readonly Projection[], onProgress?: OnProgress): Promise<Rebuild> {
    return this.rebuilder.start(projections, 'kafka', (green, progress) => this.consume(green, progress), onProgress);
  }

  private async consume(green: GenerationTarget, progress: ReportProgress): Promise<number> {
    const { topic } = this.config.kafka;
    const groupId = `${this.config.kafka.groupId}-replay-${randomUUID()}`;
    const admin = createKafka(this.config, 'replay-admin').admin();
    const projector = new Projector(this.config, this.writer, this.metrics);
    await admin.connect();
    try {
      const ends = await partitionOffsets(admin, topic);
      const gaps = await historyGaps(admin, topic, ends);
      if (gaps.length > 0) throw new IncompleteKafkaHistory(topic, gaps);
      await projector.consume(groupId, [green]);
      while (!(await this.reached(groupId, ends, progress))) {
        if (projector.lastError) throw new Error(`replay consumer failed: ${projector.lastError}`);
        await sleep(POLL_MS);
      }
    } finally {
      await projector.onApplicationShutdown();
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
      await this.dataSource.query(`DELETE FROM projector_offsets WHERE group_id = $1`, [groupId]);
    }
    const [{ mark }] = await this.dataSource.query(
      `SELECT applied_through AS mark FROM read_model_generations WHERE generation = $1`,
      [green.generation],
    );
    return Number(mark);
  }

  /** Whether the group has consumed every partition up to the end it had when the replay began. */
  private async reached(groupId: string, ends: readonly PartitionOffsets[], progress: ReportProgress): Promise<boolean> {
    const rows: { partition: number; next_offset: string }[] = await this.dataSource.query(
      `SELECT partition, next_offset FROM projector_offsets WHERE group_id = $1 AND topic = $2`,
      [groupId, this.config.kafka.topic],
    );
    const next = new Map(rows.map((r) => [r.partition, Number(r.next_offset)]));
    const consumed = ends.map((e) => Math.min(e.high, next.get(e.partition) ?? e.low) - e.low);
    const total = ends.reduce((sum, e) => sum + e.high - e.low, 0);
    const done = consumed.reduce((sum, n) => sum + n, 0);
    await progress(done, total);
    return done >= total;
  }
}
