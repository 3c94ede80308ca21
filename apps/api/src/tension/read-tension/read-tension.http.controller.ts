import { Controller, Get, Param, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders, readingMoment } from '@parley/read-model-store';
import { dyadHistory, dyadTension, dyadTrend, tensionOverview } from '@parley/read-models';
import { RequestValidationError } from '../../http/problem';
import { LiveOrAsOf } from '../../read-cache/live-or-as-of';
import { ActorDirectory } from '../../write/actor-directory';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesGuard, ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import {
  DyadParamsDto,
  DyadTensionQueryDto,
  TensionHistoryQueryDto,
  TensionQueryDto,
  TensionTrendQueryDto,
} from './read-tension.request.dto';
import { DyadTensionDto, TensionHistoryDto, TensionOverviewDto, TensionTrendDto } from './read-tension.response.dto';

const DAY_MS = 86_400_000;

@ApiTags('tension')
@Controller('api/v1/tension')
@ApiProblems(400, 404, 503)
export class ReadTensionHttpController {
  /** Given `asOf` or `knownAt`, the developments are those of that moment, and the index is read at it. */
  constructor(
    private readonly readers: ReadModelReaders,
    private readonly directory: ActorDirectory,
    private readonly cached: LiveOrAsOf,
  ) {}

  /** Every dyad's index and the overall index of a conflict (`actors`, or everyone), at `asOf`, `knownAt` or now. */
  @Get()
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: TensionOverviewDto })
  async overview(@Query() { actors, asOf, knownAt, minPosition }: TensionQueryDto) {
    await this.directory.requireFound('actors', actors ?? []);
    return tensionOverview(await this.cached.at({ asOf, knownAt, minPosition }), { asOf: readingMoment({ asOf, knownAt }), actors });
  }

  /** One dyad, or one direction of it (`from`), with its largest contributions first. */
  @Get(':dyad')
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: DyadTensionDto })
  async dyad(@Param() { dyad }: DyadParamsDto, @Query() { from, limit, asOf, knownAt, minPosition }: DyadTensionQueryDto) {
    await this.requireDyad(dyad);
    if (from && !dyad.split('-').includes(from)) throw new RequestValidationError([{ field: 'from', message: `must be one of the dyad ${dyad}` }]);
    return dyadTension(await this.cached.at({ asOf, knownAt, minPosition }), dyad, { asOf: readingMoment({ asOf, knownAt }), from, limit });
  }

  /** Readings every day, week or month between `from` (default 90 days back) and `to` (default the reading moment); page on with `cursor=nextCursor`. */
  @Get(':dyad/history')
  @UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
  @ApiOkResponse({ type: TensionHistoryDto })
  async history(@Param() { dyad }: DyadParamsDto, @Query() { interval, cursor, limit, asOf, knownAt, ...range }: TensionHistoryQueryDto) {
    await this.requireDyad(dyad);
    const moment = readingMoment({ asOf, knownAt });
    const to = range.to ?? moment;
    const from = range.from ?? new Date(Date.parse(to) - 90 * DAY_MS).toISOString();
    if (from > to) throw new RequestValidationError([{ field: 'from', message: 'must not be after to' }]);
    return dyadHistory(await this.readers.at({ asOf, knownAt }), dyad, { asOf: moment, from, to, interval, cursor, limit });
  }

  /** deteriorated, improved or unchanged against the month before, with the threshold used. */
  @Get(':dyad/trend')
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: TensionTrendDto })
  async trend(@Param() { dyad }: DyadParamsDto, @Query() { month, asOf, knownAt }: TensionTrendQueryDto) {
    await this.requireDyad(dyad);
    return dyadTrend(await this.readers.at({ asOf, knownAt }), dyad, { asOf: readingMoment({ asOf, knownAt }), month });
  }

  private requireDyad(dyad: string): Promise<void> {
    return this.directory.requireFound('dyad', dyad.split('-'));
  }
}
