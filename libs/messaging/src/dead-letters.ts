import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DeadLetter {
  readonly id: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly reason: string;
  readonly receivedAt: string;
}

/** Messages the projector could not apply (not JSON, unknown type, wrong shape), newest first. */
@Injectable()
export class DeadLetterLog {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit: number): Promise<{ total: number; deadLetters: DeadLetter[] }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM dead_letters`);
    const rows = await this.dataSource.query(
      `SELECT id, topic, partition, kafka_offset, message_key, message_value, reason, received_at
       FROM dead_letters ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return {
      total,
      deadLetters: rows.map((r: Record<string, unknown>) => ({
        id: Number(r.id),
        topic: r.topic,
        partition: r.partition,
        offset: Number(r.kafka_offset),
        key: r.message_key,
        value: r.message_value,
        reason: r.reason,
        receivedAt: (r.received_at as Date).toISOString(),
      })),
    };
  }
}
