import { Module } from '@nestjs/common';
import { LogTail } from './log-tail';
import { EventStore } from './event-store';
import { PgEventStore } from './pg-event-store';

@Module({
  providers: [{ provide: EventStore, useClass: PgEventStore }, LogTail],
  exports: [EventStore, LogTail],
})
export class EventStoreModule {}
