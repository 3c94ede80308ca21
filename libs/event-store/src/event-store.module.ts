import { Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { LogFollower } from './log-follower';
import { EventStore } from './event-store';
import { PgEventStore } from './pg-event-store';

@Module({
  providers: [{ provide: EventStore, useClass: PgEventStore }, CommandRunner, LogFollower],
  exports: [EventStore, CommandRunner, LogFollower],
})
export class EventStoreModule {}
