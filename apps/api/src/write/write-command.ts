import { Command } from '@nestjs/cqrs';
import { WriteAnswer } from '../http/write-answer';
import { WriteContext } from '../http/write-context';

/** A command on its way through the CommandBus: the domain command's data and the write's context. */
export abstract class WriteCommand<Data> extends Command<WriteAnswer> {
  constructor(
    readonly data: Data,
    readonly context: WriteContext,
  ) {
    super();
  }
}
