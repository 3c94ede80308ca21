import { AnyDevelopmentKind, Correction, ParleyEvent, Source } from '@parley/domain';

/** Later events about a recorded development, as its stream would record them: a second source, a correction. */
export const followUps = (developmentId: string, kind: AnyDevelopmentKind, trackId: string | null = null) => ({
  attached: (source: Source): ParleyEvent => ({
    type: 'SourceAttached',
    data: { developmentId, kind, trackId, source },
    occurredAt: '2025-06-06T00:00:00.000Z',
  }),
  corrected: (changes: Correction): ParleyEvent => ({
    type: 'DevelopmentCorrected',
    data: { developmentId, kind, trackId, changes, reason: 'later figures' },
    occurredAt: '2026-01-10T00:00:00.000Z',
  }),
});
