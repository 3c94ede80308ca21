import { Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { EventStore } from './event-store';
import { PgEventStore } from './pg-event-store';

@Module({
  providers: [{ provide: EventStore, useClass: PgEventStore }, CommandRunner],
  exports: [EventStore, CommandRunner],
})
export class EventStoreModule {}
