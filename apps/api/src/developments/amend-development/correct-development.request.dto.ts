import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cameoCode, quote, returnedList, text, uuid, writeFields } from '../../http/schemas';
import { correctDroneAttackDamage, detachWrongSource, retractDuplicate } from '../../openapi/istanbul-examples';
import { factFields } from '../development-fields';
import { DRONE_ATTACK } from '../development.response.dto';

export class DevelopmentParamsDto extends createZodDto(z.strictObject({ id: uuid.meta({ example: DRONE_ATTACK.id }) })) {}

export class CorrectDevelopmentRequestDto extends createZodDto(
  z
    .strictObject({
      targets: factFields.targets.optional(),
      occurredAt: factFields.occurredAt.optional(),
      datePrecision: factFields.datePrecision.optional(),
      location: factFields.location.optional(),
      summary: factFields.summary.optional(),
      notes: factFields.notes.optional(),
      magnitude: factFields.magnitude.optional(),
      cameoCode: cameoCode.optional(),
      quote: quote.optional().meta({ description: "a statement's words" }),
      returned: returnedList.optional().meta({ description: "an exchange's figures: who went home, how many" }),
      reason: text(1_000).optional(),
      ...writeFields,
    })
    .refine(({ reason: _, expectedVersion: __, source: ___, ...changes }) => Object.keys(changes).length > 0, {
      message: 'must correct at least one of targets, occurredAt, datePrecision, location, summary, notes, magnitude, cameoCode, quote, returned',
    })
    .meta({ example: correctDroneAttackDamage }),
) {}

const withReason = z.strictObject({ reason: text(1_000).optional(), ...writeFields }).optional().default({});

export class RetractDevelopmentRequestDto extends createZodDto(withReason.meta({ example: retractDuplicate })) {}

export class DetachSourceParamsDto extends createZodDto(
  z.strictObject({ id: uuid.meta({ example: DRONE_ATTACK.id }), sourceId: z.uuid({ message: 'must be a source id (a UUID), as every source shows it' }) }),
) {}

export class DetachSourceRequestDto extends createZodDto(withReason.meta({ example: detachWrongSource })) {}
