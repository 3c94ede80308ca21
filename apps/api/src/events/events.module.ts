import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { FollowEventsHttpController } from './follow-events/follow-events.http.controller';
import { LiveStreamLimits } from './follow-events/live-stream-limits';
import { ListEventsHttpController } from './list-events/list-events.http.controller';

// The read models' progress too: the event log answers `minPosition` as every other query does.
@Module({
  imports: [EventStoreModule, ReadModelStoreModule],
  controllers: [ListEventsHttpController, FollowEventsHttpController],
  providers: [LiveStreamLimits],
})
export class EventsModule {}
