import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DeadLetterLog } from '@parley/messaging';
import { Requires } from '../../access/roles.decorator';
import { ApiProblems } from '../../http/responses';
import { ListDeadLettersQueryDto } from './list-dead-letters.request.dto';
import { DeadLetterListDto } from './list-dead-letters.response.dto';

@ApiTags('admin')
@Controller('api/v1/admin/dead-letters')
export class ListDeadLettersHttpController {
  constructor(private readonly deadLetters: DeadLetterLog) {}

  /** Messages the projector set aside, with the reason, newest first; the total says how many in all. */
  @Get()
  @Requires('admin')
  @ApiOkResponse({ type: DeadLetterListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() { limit }: ListDeadLettersQueryDto) {
    return this.deadLetters.list(limit);
  }
}
