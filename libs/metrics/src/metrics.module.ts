import { Global, Module } from '@nestjs/common';
import { ParleyMetrics } from './parley-metrics';

/** One ParleyMetrics per service, available everywhere without importing it module by module. */
@Global()
@Module({ providers: [ParleyMetrics], exports: [ParleyMetrics] })
export class MetricsModule {}
