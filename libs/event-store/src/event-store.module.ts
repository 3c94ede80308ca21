import { Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { LogTail } from './log-tail';
import { EventStore } from './event-store';
import { PgEventStore } from './pg-event-store';

@Module({
  providers: [{ provide: EventStore, useClass: PgEventStore }, CommandRunner, LogTail],
  exports: [EventStore, CommandRunner, LogTail],
})
export class EventStoreModule {}
