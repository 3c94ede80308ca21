import { Decider, ParleyEvent } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { WriteAnswer, toWriteAnswer } from '../http/write-answer';
import { WriteContext } from '../http/write-context';

/** The body of every command handler: decide on the stream's history and append, idempotently. */
export async function decideOnStream<C, E extends ParleyEvent, S>(
  runner: CommandRunner,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: WriteContext,
): Promise<WriteAnswer> {
  const outcome = await runner.run(streamId, decider, command, {
    expectedVersion: context.expectedVersion,
    metadata: context.metadata,
    idempotency: context.idempotency && { ...context.idempotency, response: toWriteAnswer },
  });
  return toWriteAnswer(outcome, outcome.events);
}
