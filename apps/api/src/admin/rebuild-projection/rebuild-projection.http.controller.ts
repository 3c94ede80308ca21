import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { ProjectionRebuilder, projectionsNamed } from '@parley/replay';
import { ApiProblem, ApiProblems } from '../../http/responses';
import { AdminAccess } from '../admin-access';
import { RebuildProjectionParamsDto } from './rebuild-projection.request.dto';
import { RebuildStartedDto } from './rebuild-projection.response.dto';

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
  @ApiAcceptedResponse({ type: RebuildStartedDto })
  @ApiProblems(400, 401, 403)
  @ApiProblem(404, 'no read model of that name')
  @ApiProblem(409, 'a rebuild of that read model is already under way')
  async rebuild(@Param() { name }: RebuildProjectionParamsDto) {
    const { projections, generation, finished } = await this.rebuilder.fromStore(projectionsNamed(name));
    // The outcome is logged and kept in the status; nobody waits on it here.
    finished.catch(() => undefined);
    return { projections, generation, status: '/api/v1/admin/projections' };
  }
}
