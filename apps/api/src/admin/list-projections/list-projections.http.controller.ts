import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProjectionStatusQuery } from '@parley/replay';
import { ApiProblems } from '../../http/responses';
import { AdminAccess } from '../admin-access';
import { ProjectionsStatusDto } from './list-projections.response.dto';

@ApiTags('admin')
@Controller('api/v1/admin/projections')
@AdminAccess()
export class ListProjectionsHttpController {
  constructor(private readonly status: ProjectionStatusQuery) {}

  /** Each read model: the position it has applied, its lag behind the log, and its last rebuild. */
  @Get()
  @ApiOkResponse({ type: ProjectionsStatusDto })
  @ApiProblems(401, 403)
  list() {
    return this.status.list();
  }
}
