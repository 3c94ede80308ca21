import { AnyDevelopmentKind, DevelopmentCorrected, DevelopmentRetracted, RecordedEvent } from '@parley/domain';

/** A correction or retraction of a development of the given kind: what each read model must honour. */
export const amends = (
  event: RecordedEvent,
  kind: AnyDevelopmentKind,
): event is RecordedEvent<DevelopmentCorrected | DevelopmentRetracted> =>
  (event.type === 'DevelopmentCorrected' || event.type === 'DevelopmentRetracted') && event.data.kind === kind;
