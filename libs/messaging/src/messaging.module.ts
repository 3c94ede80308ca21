import { Module } from '@nestjs/common';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { OutboxRelay } from './outbox-relay';
import { Projector } from './projector';

@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class RelayModule {}

@Module({ imports: [ReadModelStoreModule], providers: [Projector], exports: [Projector] })
export class ProjectorModule {}
