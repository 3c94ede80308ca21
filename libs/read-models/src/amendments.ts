import { AnyDevelopmentKind, DevelopmentCorrected, DevelopmentRetracted, LifecycleEvent, RecordedEvent, isLifecycleEvent } from '@parley/domain';

/** A correction or retraction of a development of the given kind: what each read model must honour. */
export const amends = (
  event: RecordedEvent,
  kind: AnyDevelopmentKind,
): event is RecordedEvent<DevelopmentCorrected | DevelopmentRetracted> =>
  (event.type === 'DevelopmentCorrected' || event.type === 'DevelopmentRetracted') && event.data.kind === kind;

/** Any later event about a development of the given kind: one more source, a correction, a retraction. */
export const followsUp = (event: RecordedEvent, kind: AnyDevelopmentKind): event is RecordedEvent<LifecycleEvent> =>
  isLifecycleEvent(event) && event.data.kind === kind;
