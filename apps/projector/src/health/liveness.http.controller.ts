import { Controller, Get } from '@nestjs/common';

/**
 * The process answers: restart it when this fails. A consumer that crashed or is rebalancing is not a
 * reason to restart (kafkajs restarts it); parley_kafka_consumer_state on /metrics shows it.
 */
@Controller('health')
export class LivenessHttpController {
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
