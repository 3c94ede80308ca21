import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule, ParleyConfigModule } from '@parley/config';
import { DatabaseModule } from '@parley/database';
import { ProjectorModule } from '@parley/messaging';
import { MetricsModule } from '@parley/metrics';
import { MetricsHttpModule } from '@parley/metrics-http';
import { LivenessHttpController } from './health/liveness.http.controller';

/**
 * The projector alone, the read models' async daemon: consumes the topic and writes read models; scales
 * by consumer group. It answers HTTP only for operators: /metrics and /health/live on METRICS_PORT.
 */
@Module({})
export class ProjectorAppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [ParleyConfigModule.forRoot(env), LoggingModule.forRoot(), DatabaseModule, MetricsModule, MetricsHttpModule, ProjectorModule],
      controllers: [LivenessHttpController],
    };
  }
}
