import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { AsOfModule } from '@parley/replay';
import { ApiKeyGuard } from '../http/api-key.guard';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ActorDirectory } from './actor-directory';
import { CommandSender } from './command-sender';

/** What every use-case module needs: the CommandBus, the event store, the read models (live and as of a moment), actors, guards. */
@Module({
  imports: [CqrsModule, EventStoreModule, ReadModelStoreModule, AsOfModule],
  providers: [CommandSender, ActorDirectory, ApiKeyGuard, ReadYourWritesInterceptor],
  exports: [CqrsModule, EventStoreModule, ReadModelStoreModule, AsOfModule, CommandSender, ActorDirectory, ApiKeyGuard, ReadYourWritesInterceptor],
})
export class UseCaseModule {}
