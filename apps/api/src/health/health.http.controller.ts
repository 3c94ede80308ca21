import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { SkipRateLimits } from '../access/rate-limit';
import { Public } from '../access/roles.decorator';
import { ReadinessIndicators } from './readiness.indicators';

@ApiTags('health')
@Controller('health')
@Public()
@SkipRateLimits()
export class HealthHttpController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: ReadinessIndicators,
  ) {}

  /** The process answers: restart it when this fails. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** PostgreSQL, Kafka and projector lag: 503 with the failing part while the service is of no use. */
  @Get('ready')
  @HealthCheck()
  ready() {
    const { postgresql, kafkaBrokers, projectorLag } = this.indicators;
    return this.health.check([postgresql, kafkaBrokers, projectorLag]);
  }
}
