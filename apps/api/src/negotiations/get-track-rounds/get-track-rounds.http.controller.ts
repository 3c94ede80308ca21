import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders } from '@parley/read-model-store';
import { getTrackRounds } from '@parley/read-models';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { TrackRoundsQueryDto } from '../get-negotiation-status/get-negotiation-status.request.dto';
import { TrackParamsDto } from '../track-params.dto';
import { TrackRoundsDto } from './get-track-rounds.response.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
@UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
@ApiProblems(400, 404, 503)
export class GetTrackRoundsHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /**
   * Every round of a track in order: its status, the start first announced and every postponement
   * with its reason, why it was cancelled or broke off, when it began and ended, how late and how long
   * (as of a moment, given `asOf` or `knownAt`).
   */
  @Get(':trackId/rounds')
  @ApiOkResponse({ type: TrackRoundsDto })
  async list(@Param() { trackId }: TrackParamsDto, @Query() { minPosition: _, asOf, knownAt, ...filter }: TrackRoundsQueryDto) {
    const rounds = await getTrackRounds(await this.readers.at({ asOf, knownAt }), trackId, filter);
    if (!rounds) throw new NotFoundException(`no negotiation track ${trackId}`);
    return rounds;
  }
}
