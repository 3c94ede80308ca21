import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelReadersModule, ReadModelStoreModule } from '@parley/read-model-store';
import { ReadYourWritesGuard, ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ActorDirectory } from './actor-directory';
import { WriteService } from './write-service';

/** What every use-case module needs: the CommandBus, the write service, the event store, the read models (live and as of a moment), actors, read-your-writes. */
@Module({
  imports: [CqrsModule, EventStoreModule, ReadModelStoreModule, ReadModelReadersModule],
  providers: [WriteService, ActorDirectory, ReadYourWritesInterceptor, ReadYourWritesGuard],
  exports: [CqrsModule, EventStoreModule, ReadModelStoreModule, ReadModelReadersModule, WriteService, ActorDirectory, ReadYourWritesInterceptor, ReadYourWritesGuard],
})
export class UseCaseModule {}
