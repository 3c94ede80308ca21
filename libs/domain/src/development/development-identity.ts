import { DevelopmentReport } from './development-kinds';
import { cameoCodeOf } from './development-rules';
import { IdentityFacts, figuresOf, variantOf } from './identity';
import { placeName } from '../place/place';

/** What identifies a reported development: the facts another report of it must agree on. */
export const developmentIdentity = (report: Omit<DevelopmentReport, 'developmentId' | 'source'>): IdentityFacts => ({
  kind: report.kind,
  variant: variantOf(report.kind, report.details as Readonly<Record<string, unknown>>),
  actors: report.actors,
  targets: report.targets,
  cameoCode: cameoCodeOf(report),
  occurredAt: report.occurredAt,
  datePrecision: report.datePrecision,
  location: placeName(report.location),
  figures: figuresOf(report.magnitude),
});
