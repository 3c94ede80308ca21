import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { dyadHistory, dyadTension, dyadTrend, tensionOverview } from '@parley/read-models';
import { RequestValidationError } from '../../http/problem';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import {
  DyadParamsDto,
  DyadTensionQueryDto,
  TensionHistoryQueryDto,
  TensionQueryDto,
  TensionTrendQueryDto,
} from './read-tension.request.dto';

const DAY_MS = 86_400_000;
const now = () => new Date().toISOString();

@ApiTags('tension')
@Controller('api/v1/tension')
@UseInterceptors(ReadYourWritesInterceptor)
export class ReadTensionHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Every dyad's index and the overall index of a conflict (`actors`, or everyone), at `asOf` or now. */
  @Get()
  overview(@Query() { actors, asOf = now() }: TensionQueryDto) {
    return tensionOverview(this.reader, { asOf, actors });
  }

  /** One dyad, or one direction of it (`from`), with its largest contributions first. */
  @Get(':dyad')
  dyad(@Param() { dyad }: DyadParamsDto, @Query() { from, limit, asOf = now() }: DyadTensionQueryDto) {
    if (from && !dyad.split('-').includes(from)) throw new RequestValidationError([{ field: 'from', message: `must be one of the dyad ${dyad}` }]);
    return dyadTension(this.reader, dyad, { asOf, from, limit });
  }

  /** Readings every day, week or month between `from` (default 90 days back) and `to` (default asOf). */
  @Get(':dyad/history')
  history(@Param() { dyad }: DyadParamsDto, @Query() { interval, asOf = now(), ...range }: TensionHistoryQueryDto) {
    const to = range.to ?? asOf;
    const from = range.from ?? new Date(Date.parse(to) - 90 * DAY_MS).toISOString();
    if (from > to) throw new RequestValidationError([{ field: 'from', message: 'must not be after to' }]);
    return dyadHistory(this.reader, dyad, { asOf, from, to, interval });
  }

  /** deteriorated, improved or unchanged against the month before, with the threshold used. */
  @Get(':dyad/trend')
  trend(@Param() { dyad }: DyadParamsDto, @Query() { month, asOf = now() }: TensionTrendQueryDto) {
    return dyadTrend(this.reader, dyad, { asOf, month });
  }
}
