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
      // It projects, as the projector does (from Kafka, with the projector's own code), and serves nothing:
      // none of the api's settings apply to it, and in production it needs no API keys.
      imports: [ParleyConfigModule.forRoot({ ...env, PARLEY_COMPONENTS: 'projector' }), LoggingModule.forRoot(), DatabaseModule, MetricsModule, RebuildModule],
    };
  }
}
