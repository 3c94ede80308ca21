import { Module } from '@nestjs/common';
import { ReadCacheModule } from '../read-cache/read-cache.module';
import { UseCaseModule } from '../write/use-case.module';
import { ChangeRoundHandler } from './change-round.handler';
import { BreakOffTalksHttpController } from './break-off-talks/break-off-talks.http.controller';
import { CancelTalksHttpController } from './cancel-talks/cancel-talks.http.controller';
import { ConcludeTalksHttpController } from './conclude-talks/conclude-talks.http.controller';
import { GetNegotiationStatusHttpController } from './get-negotiation-status/get-negotiation-status.http.controller';
import { GetTrackRoundsHttpController } from './get-track-rounds/get-track-rounds.http.controller';
import { PostponeTalksHttpController } from './postpone-talks/postpone-talks.http.controller';
import { ScheduleTalksHandler } from './schedule-talks/schedule-talks.handler';
import { ScheduleTalksHttpController } from './schedule-talks/schedule-talks.http.controller';
import { StartTalksHttpController } from './start-talks/start-talks.http.controller';

@Module({
  imports: [UseCaseModule, ReadCacheModule],
  controllers: [
    ScheduleTalksHttpController,
    StartTalksHttpController,
    ConcludeTalksHttpController,
    BreakOffTalksHttpController,
    PostponeTalksHttpController,
    CancelTalksHttpController,
    GetNegotiationStatusHttpController,
    GetTrackRoundsHttpController,
  ],
  providers: [ScheduleTalksHandler, ChangeRoundHandler],
})
export class NegotiationsModule {}
