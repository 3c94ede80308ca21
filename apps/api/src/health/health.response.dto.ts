import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** Terminus's report: each part checked, by name, with what the check found. */
const parts = z.record(z.string(), z.looseObject({ status: z.enum(['up', 'down']) }));

const report = z.object({
  status: z.enum(['ok', 'error', 'shutting_down']),
  info: parts.describe('the parts that are up'),
  error: parts.describe('the parts that are down'),
  details: parts.describe('every part checked'),
});

export class LivenessDto extends createZodDto(report.meta({ example: { status: 'ok', info: {}, error: {}, details: {} } })) {}

/** The service after the Istanbul scenario: thirty events, all applied. */
const READY = {
  postgresql: { status: 'up' },
  kafka: { status: 'up', brokers: 1 },
  projector: { status: 'up', headPosition: 30, appliedThrough: 30, lagEvents: 0, maxLagEvents: 10_000 },
};

export class ReadinessDto extends createZodDto(report.meta({ example: { status: 'ok', info: READY, error: {}, details: READY } })) {}
