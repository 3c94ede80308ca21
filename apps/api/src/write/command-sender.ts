import { ConflictException, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { asReplayed } from '../http/idempotent-replay';
import { WriteAnswer } from '../http/write-answer';
import { WriteContext } from '../http/write-context';
import { CommandOutcome, failedOutcome } from './command-outcome';
import { WriteCommand } from './write-command';

/**
 * Sends a write through the CommandBus, answering a repeated Idempotency-Key from the store:
 * the same key and body get the first answer again, marked as replayed, another body gets 409.
 */
@Injectable()
export class CommandSender {
  constructor(
    private readonly bus: CommandBus,
    private readonly store: EventStore,
    private readonly metrics: ParleyMetrics,
  ) {}

  async send(command: WriteCommand<unknown>): Promise<WriteAnswer> {
    const count = (outcome: CommandOutcome) =>
      this.metrics.commands.inc({ command: command.constructor.name.replace(/Command$/, ''), outcome });
    try {
      const { answer, replayed } = await this.answer(command);
      count(replayed ? 'replayed' : 'accepted');
      return answer;
    } catch (error) {
      count(failedOutcome(error));
      throw error;
    }
  }

  private async answer(command: WriteCommand<unknown>): Promise<{ answer: WriteAnswer; replayed: boolean }> {
    const { idempotency } = command.context;
    const earlier = idempotency && (await this.earlierAnswer(idempotency));
    if (earlier) return { answer: earlier, replayed: true };
    try {
      return { answer: await this.bus.execute(command), replayed: false };
    } catch (error) {
      // A twin request that committed while this one waited (the same stream's queue, or another
      // process) makes this one fail on the rules or on the key: it still gets the first answer.
      const raced = idempotency && (await this.earlierAnswer(idempotency));
      if (raced) return { answer: raced, replayed: true };
      throw error;
    }
  }

  private async earlierAnswer({ scope, key, requestHash }: NonNullable<WriteContext['idempotency']>) {
    const stored = await this.store.findAnswer(scope, key);
    if (!stored) return null;
    if (stored.requestHash !== requestHash) {
      throw new ConflictException(`Idempotency-Key ${key} was already used for a different request`);
    }
    return asReplayed(stored.response as WriteAnswer);
  }
}
