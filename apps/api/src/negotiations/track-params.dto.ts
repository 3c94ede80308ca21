import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { slug } from '../http/schemas';

export class TrackParamsDto extends createZodDto(z.strictObject({ trackId: slug })) {}

export class RoundParamsDto extends createZodDto(
  z.strictObject({ trackId: slug, round: z.coerce.number().int().min(1).max(10_000) }),
) {}
