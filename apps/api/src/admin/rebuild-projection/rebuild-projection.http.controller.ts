import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ProjectionRebuilder, projectionsNamed } from '@parley/replay';
import { AdminAccess } from '../admin-access';
import { RebuildProjectionParamsDto } from './rebuild-projection.request.dto';

@ApiTags('admin')
@Controller('api/v1/admin/projections')
@AdminAccess()
export class RebuildProjectionHttpController {
  constructor(private readonly rebuilder: ProjectionRebuilder) {}

  /**
   * Rebuilds one read model (or `all`) from the event store into a fresh generation; queries keep
   * answering from the current one until the switch. Answers at once; follow it in the status.
   */
  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  async rebuild(@Param() { name }: RebuildProjectionParamsDto) {
    const { projections, generation, finished } = await this.rebuilder.fromStore(projectionsNamed(name));
    // The outcome is logged and kept in the status; nobody waits on it here.
    finished.catch(() => undefined);
    return { projections, generation, status: '/api/v1/admin/projections' };
  }
}
