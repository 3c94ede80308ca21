import { DynamicModule, Module } from '@nestjs/common';
import { MetricsModule } from '@parley/metrics';
import { LoggingModule, ParleyConfigModule } from '@parley/config';
import { DatabaseModule } from '@parley/database';
import { RebuildModule } from '@parley/replay';

/** The replay command line: rebuilds read models from the store or from Kafka, then exits. */
@Module({})
export class ReplayAppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return {
      module: ReplayAppModule,
      imports: [ParleyConfigModule.forRoot(env), LoggingModule.forRoot(), DatabaseModule, MetricsModule, RebuildModule],
    };
  }
}
