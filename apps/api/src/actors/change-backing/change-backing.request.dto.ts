import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, writeFields } from '../../http/schemas';
import { backersField } from '../backers';

export class ChangeBackingRequestDto extends createZodDto(
  z.strictObject({
    backedBy: backersField.describe('every actor backing it from effectiveAt on; those left out stop then, [] ends all backing'),
    effectiveAt: instant.describe('when the change took effect in the world'),
    ...writeFields,
  }),
) {}
