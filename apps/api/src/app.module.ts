import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule, ParleyConfigModule, loadConfig } from '@parley/config';
import { DatabaseModule } from '@parley/database';
import { ProjectorModule, RelayModule } from '@parley/messaging';
import { MetricsModule } from '@parley/metrics';
import { MetricsHttpModule } from '@parley/metrics-http';
import { DestinationStream } from 'pino';
import { AccessModule } from './access/access.module';
import { ActorsModule } from './actors/actors.module';
import { DevelopmentsModule } from './developments/developments.module';
import { AdminModule } from './admin/admin.module';
import { DeadLettersModule } from './admin/dead-letters.module';
import { EventsModule } from './events/events.module';
import { ExportModule } from './export/export.module';
import { HealthModule } from './health/health.module';
import { HttpDrain } from './http/http-drain';
import { NegotiationsModule } from './negotiations/negotiations.module';
import { PrisonerExchangesModule } from './prisoner-exchanges/prisoner-exchanges.module';
import { StatementsModule } from './statements/statements.module';
import { TensionModule } from './tension/tension.module';

export interface AppOptions {
  /** Where log lines go instead of stdout (tests read them). */
  readonly logDestination?: DestinationStream;
}

/** The service, composed from the components PARLEY_COMPONENTS asks for: api, relay, projector. */
@Module({})
export class AppModule {
  static forRoot(env: Record<string, string | undefined>, { logDestination }: AppOptions = {}): DynamicModule {
    const { components } = loadConfig(env);
    return {
      module: AppModule,
      // Whichever components run, an HTTP server answers (metrics, health at least) and must drain.
      providers: [HttpDrain],
      imports: [
        ParleyConfigModule.forRoot(env),
        LoggingModule.forRoot(logDestination),
        DatabaseModule,
        MetricsModule,
        MetricsHttpModule,
        ...(components.has('api')
          ? [NegotiationsModule, StatementsModule, PrisonerExchangesModule, EventsModule, DevelopmentsModule, ActorsModule, TensionModule, AdminModule]
          : []),
        ...(components.has('api') ? [ExportModule] : []),
        ...(components.has('api') ? [AccessModule, HealthModule, DeadLettersModule] : []),
        ...(components.has('relay') ? [RelayModule] : []),
        ...(components.has('projector') ? [ProjectorModule] : []),
      ],
    };
  }
}
