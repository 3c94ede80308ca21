import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreModule } from '@parley/event-store';
import { KafkaProbe } from '@parley/messaging';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { HealthHttpController } from './health.http.controller';
import { ReadinessIndicators } from './readiness.indicators';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), EventStoreModule, ReadModelStoreModule],
  controllers: [HealthHttpController],
  providers: [KafkaProbe, ReadinessIndicators],
})
export class HealthModule {}
