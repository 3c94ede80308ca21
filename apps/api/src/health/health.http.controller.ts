import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { SkipRateLimits } from '../access/rate-limit';
import { Public } from '../access/roles.decorator';
import { ApiProblem } from '../http/responses';
import { LivenessDto, ReadinessDto } from './health.response.dto';
import { ReadinessIndicators } from './readiness.indicators';

/** Terminus documents its own generic report (a database and a redis); these document Parley's parts. */
const HealthCheckOnly = () => HealthCheck({ noCache: true, swaggerDocumentation: false });

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
  @HealthCheckOnly()
  @ApiOkResponse({ type: LivenessDto })
  live() {
    return this.health.check([]);
  }

  /** PostgreSQL, Kafka and projector lag: 503 with the failing part while the service is of no use. */
  @Get('ready')
  @HealthCheckOnly()
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblem(503, 'a part the service needs is down: `details` says which, and what its check found')
  ready() {
    const { postgresql, kafkaBrokers, projectorLag } = this.indicators;
    return this.health.check([postgresql, kafkaBrokers, projectorLag]);
  }
}
