import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ProjectionStatusQuery } from '@parley/replay';
import { AdminAccess } from '../admin-access';

@ApiTags('admin')
@Controller('api/v1/admin/projections')
@AdminAccess()
export class ListProjectionsHttpController {
  constructor(private readonly status: ProjectionStatusQuery) {}

  /** Each read model: the position it has applied, its lag behind the log, and its last rebuild. */
  @Get()
  list() {
    return this.status.list();
  }
}
