import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { FollowEventsHttpController } from './follow-events/follow-events.http.controller';
import { ListEventsHttpController } from './list-events/list-events.http.controller';

@Module({ imports: [EventStoreModule], controllers: [ListEventsHttpController, FollowEventsHttpController] })
export class EventsModule {}
