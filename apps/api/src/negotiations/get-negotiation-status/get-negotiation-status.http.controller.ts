import { Controller, Get, NotFoundException, Param, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { readingMoment } from '@parley/read-model-store';
import { getTrackStatus, listTracks } from '@parley/read-models';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesGuard, ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { LiveOrAsOf } from '../../read-cache/live-or-as-of';
import { TrackParamsDto } from '../track-params.dto';
import { NegotiationStatusQueryDto, TrackListQueryDto } from './get-negotiation-status.request.dto';
import { TrackListDto, TrackStatusDto } from './get-negotiation-status.response.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
@ApiProblems(400, 503)
export class GetNegotiationStatusHttpController {
  constructor(private readonly readers: LiveOrAsOf) {}

  /** Every negotiation track with the state of its latest round and its phase (as of a moment, given `asOf` or `knownAt`). */
  @Get()
  @UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
  @ApiOkResponse({ type: TrackListDto })
  async list(@Query() { minPosition, asOf, knownAt, ...filter }: TrackListQueryDto) {
    return listTracks(await this.readers.at({ asOf, knownAt, minPosition }), readingMoment({ asOf, knownAt }), filter);
  }

  /** One track: its latest round's status, its phase, the last round held, the next one due, exchanges per side. */
  @Get(':trackId')
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: TrackStatusDto })
  @ApiProblems(404)
  async get(@Param() { trackId }: TrackParamsDto, @Query() query: NegotiationStatusQueryDto) {
    const status = await getTrackStatus(await this.readers.at(query), trackId, readingMoment(query));
    if (!status) throw new NotFoundException(`no negotiation track ${trackId}`);
    return status;
  }
}
