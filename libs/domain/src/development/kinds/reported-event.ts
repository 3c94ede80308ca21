import { z } from 'zod';
import { actorsListed, defineKind } from './kind';

const count = z.number().int().min(0).max(1e12);

/** A CAMEO-coded event from a dataset such as GDELT that names no finer kind: its own code, any code. */
export const reportedEvent = defineKind({
  kind: 'reported_event',
  eventType: 'ReportedEventRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({
    dataset: z.literal('gdelt'),
    globalEventId: z.string().regex(/^\d{1,20}$/, 'must be a GDELT GLOBALEVENTID'),
    numMentions: count,
    numSources: count,
    numArticles: count,
    avgTone: z.number().min(-100).max(100),
  }),
  about: 'a GDELT row: `dataset`, `globalEventId`, `numMentions`, `numSources`, `numArticles`, `avgTone`',
  codes: {},
  defaultCameo: () => null,
  cameoRoots: null,
  example: { actors: ['RUS'], targets: ['UKR'], details: { dataset: 'gdelt', globalEventId: '1234567890', numMentions: 10, numSources: 2, numArticles: 10, avgTone: -4.2 }, cameoCode: '190' },
});
