import { ConflictException, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore } from '@parley/event-store';
import { WriteAnswer } from '../http/write-answer';
import { WriteContext } from '../http/write-context';
import { WriteCommand } from './write-command';

/**
 * Sends a write through the CommandBus, answering a repeated Idempotency-Key from the store:
 * the same key and body get the first answer again, another body gets 409.
 */
@Injectable()
export class CommandSender {
  constructor(
    private readonly bus: CommandBus,
    private readonly store: EventStore,
  ) {}

  async send(command: WriteCommand<unknown>): Promise<WriteAnswer> {
    const { idempotency } = command.context;
    const earlier = idempotency && (await this.earlierAnswer(idempotency));
    if (earlier) return earlier;
    try {
      return await this.bus.execute(command);
    } catch (error) {
      // A twin request that committed while this one waited (the same stream's queue, or another
      // process) makes this one fail on the rules or on the key: it still gets the first answer.
      const raced = idempotency && (await this.earlierAnswer(idempotency));
      if (raced) return raced;
      throw error;
    }
  }

  private async earlierAnswer({ scope, key, requestHash }: NonNullable<WriteContext['idempotency']>) {
    const stored = await this.store.findAnswer(scope, key);
    if (!stored) return null;
    if (stored.requestHash !== requestHash) {
      throw new ConflictException(`Idempotency-Key ${key} was already used for a different request`);
    }
    return stored.response as WriteAnswer;
  }
}
