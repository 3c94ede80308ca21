import { EXCHANGE_CATEGORIES, cameoOf } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cameoOut, instantOut, nullableText, provenanceOut, citedExample } from '../../http/responses';
import { exchangeOf24May } from '../../openapi/istanbul-examples';

const returned = z.record(z.string(), z.number().int()).describe('people returned to each side');

const exchange = z.object({
  developmentId: z.uuid(),
  occurredAt: instantOut,
  returned: z.array(z.object({ to: z.string(), count: z.number().int() })),
  category: z.enum(EXCHANGE_CATEGORIES),
  mediators: z.array(z.string()),
  trackId: z.string().nullable(),
  cameo: cameoOut,
  ...provenanceOut,
  position: z.number().int(),
});

const { source, occurredAt, ...exchanged } = exchangeOf24May;

export class ExchangeLedgerDto extends createZodDto(
  z
    .object({
      exchanges: z.array(exchange),
      totals: z.object({ count: z.number().int(), returned }).describe('over every exchange the filters select, not only this page'),
      nextCursor: nullableText('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({
    example: {
      exchanges: [
        {
          developmentId: '9a1b2c3d-4e5f-5a6b-8c7d-0e1f2a3b4c5d',
          ...exchanged,
          occurredAt: '2025-05-24T12:00:00.000Z',
          mediators: [],
          cameo: cameoOf('0841'),
          sources: [citedExample({ ...source, publishedAt: '2025-06-05T00:00:00.000Z' })],
          disputed: [],
          confirmed: false,
          position: 4,
        },
      ],
      totals: { count: 1, returned: { RUS: 307, UKR: 307 } },
      nextCursor: null,
    },
  }),
) {}
