import { ConflictException } from '@nestjs/common';
import { InvalidField, RuleViolation } from '@parley/domain';
import { IdempotencyKeyTaken, StreamVersionConflict } from '@parley/event-store';

export type CommandOutcome = 'accepted' | 'replayed' | 'invalid' | 'refused' | 'conflict' | 'failed';

/** How a command that threw ended, in the words operators read on the commands metric. */
export function failedOutcome(error: unknown): CommandOutcome {
  if (error instanceof InvalidField) return 'invalid';
  if (error instanceof RuleViolation) return 'refused';
  if (error instanceof StreamVersionConflict || error instanceof IdempotencyKeyTaken || error instanceof ConflictException) {
    return 'conflict';
  }
  return 'failed';
}
