import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DeadLetterLog } from '@parley/messaging';
import { Requires } from '../../access/roles.decorator';
import { ListDeadLettersQueryDto } from './list-dead-letters.request.dto';

@ApiTags('admin')
@Controller('api/v1/admin/dead-letters')
export class ListDeadLettersHttpController {
  constructor(private readonly deadLetters: DeadLetterLog) {}

  /** Messages the projector set aside, with the reason, newest first; the total says how many in all. */
  @Get()
  @Requires('admin')
  list(@Query() { limit }: ListDeadLettersQueryDto) {
    return this.deadLetters.list(limit);
  }
}
