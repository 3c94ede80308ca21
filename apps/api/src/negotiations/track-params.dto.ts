import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { slug } from '../http/schemas';
import { TRACK } from '../openapi/istanbul-examples';

const trackId = slug.meta({ example: TRACK });

export class TrackParamsDto extends createZodDto(z.strictObject({ trackId })) {}

export class RoundParamsDto extends createZodDto(
  z.strictObject({ trackId, round: z.coerce.number().int().min(1).max(10_000).meta({ example: 2 }) }),
) {}
