import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { getTrackStatus, listTrackStatuses } from '@parley/read-models';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { TrackParamsDto } from '../track-params.dto';
import { NegotiationStatusQueryDto } from './get-negotiation-status.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
@UseInterceptors(ReadYourWritesInterceptor)
export class GetNegotiationStatusHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Every negotiation track with the state of its latest round. */
  @Get()
  async list(@Query() _query: NegotiationStatusQueryDto) {
    return { tracks: await listTrackStatuses(this.reader) };
  }

  /** One track: its latest round's status, the last round held, the next one due, exchanges per side. */
  @Get(':trackId')
  async get(@Param() { trackId }: TrackParamsDto, @Query() _query: NegotiationStatusQueryDto) {
    const status = await getTrackStatus(this.reader, trackId);
    if (!status) throw new NotFoundException(`no negotiation track ${trackId}`);
    return status;
  }
}
