import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule, ParleyConfigModule } from '@parley/config';
import { DatabaseModule } from '@parley/database';
import { ProjectorModule } from '@parley/messaging';
import { MetricsModule } from '@parley/metrics';

/** The projector alone: consumes the topic and writes read models; scales by consumer group. */
@Module({})
export class ProjectorAppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [ParleyConfigModule.forRoot(env), LoggingModule.forRoot(), DatabaseModule, MetricsModule, ProjectorModule],
    };
  }
}
