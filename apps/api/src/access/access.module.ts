import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiKeysModule } from '@parley/api-keys';
import { ParleyConfig } from '@parley/config';
import { ScrapeMetricsHttpController } from '@parley/metrics-http';
import { ApiKeyGuard } from './api-key.guard';
import { KeyRing } from './key-ring';
import { RateLimitGuard, SkipRateLimits, rateLimits } from './rate-limit';
import { Public } from './roles.decorator';
import { RouteMetadata } from './route-metadata';

// The scrape answers to its own key (METRICS_KEY, checked beside it) and must not fail under load: neither API
// keys nor the public rate limits apply to it, as to the health probes.
Public()(ScrapeMetricsHttpController);
SkipRateLimits()(ScrapeMetricsHttpController);

/** Who may do what, and how often: rate limits first, then the key and its role, on every route. */
@Module({
  imports: [ApiKeysModule, ThrottlerModule.forRootAsync({ inject: [ParleyConfig], useFactory: rateLimits })],
  providers: [
    KeyRing,
    // The guards below are this module's, so they take its Reflector, which reads a route's decorators once.
    { provide: Reflector, useClass: RouteMetadata },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
})
export class AccessModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccessModule.name);

  constructor(
    private readonly keys: KeyRing,
    private readonly config: ParleyConfig,
  ) {}

  /** Keys may live in the database, so only here, with it migrated, can a keyless production be refused. */
  async onApplicationBootstrap(): Promise<void> {
    const count = await this.keys.count();
    if (count > 0) return;
    if (this.config.nodeEnv === 'production') {
      throw new Error('NODE_ENV=production needs at least one API key: set API_KEYS or run `npm run keys -- create`');
    }
    this.logger.warn('no API key is configured: every write will be refused');
  }
}
