import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ListEventsHttpController } from './list-events/list-events.http.controller';

@Module({ imports: [EventStoreModule], controllers: [ListEventsHttpController] })
export class EventsModule {}
