import { RuleViolation } from '../shared/domain-error';
import { Source } from '../shared/source';
import { DevelopmentLedger, DevelopmentRecord, SourceAttached, attachSource } from './development-lifecycle';
import { IdentityFacts, compareIdentity, findCorroborated } from './identity';
import { newDevelopmentId } from './identity-streams';

/** A report as its stream decides it: its facts of identity, and what the reporter says it is. */
export interface IdentifiedReport {
  readonly identity: IdentityFacts;
  readonly source: Source | null;
  /** The key of the stream it is decided on: a new development's id derives from it. */
  readonly identityStream: string;
  /** The development the reporter says it tells of: checked, never assumed. */
  readonly corroborates: string | null;
  /** The reporter says it is a development of its own, however like another it looks. */
  readonly distinct: boolean;
}

function named(ledger: DevelopmentLedger, report: IdentifiedReport, developmentId: string) {
  const record = ledger[developmentId];
  if (!record?.identity) {
    throw new RuleViolation('corroborated-must-exist', `development ${developmentId} is not recorded here`, 'corroborates');
  }
  if (record.retracted) {
    throw new RuleViolation('retraction-is-final', `development ${developmentId} was retracted and cannot be corroborated`, 'corroborates');
  }
  const comparison = compareIdentity(report.identity, record.identity);
  if (comparison.outcome === 'different') {
    throw new RuleViolation(
      'corroboration-must-match',
      `${comparison.field} ${comparison.reason}: this report does not tell of development ${developmentId}`,
      comparison.field,
    );
  }
  return { candidate: record, comparison };
}

/** Recorded in order, not retracted: what a report may tell of. */
const candidatesIn = (ledger: DevelopmentLedger) =>
  Object.values(ledger).filter(
    (record): record is DevelopmentRecord & { identity: IdentityFacts } => record.identity !== undefined && !record.retracted,
  );

/**
 * Every stream that records developments decides a report the same way: a report that agrees with a
 * development on everything that identifies it adds its source (its figures, if they differ a little,
 * as disputed); any other report is a new development, with the id its stream gives the next one.
 */
export function decideReport<E>(
  ledger: DevelopmentLedger,
  report: IdentifiedReport,
  now: string,
  firstReport: (developmentId: string) => E[],
): (E | SourceAttached)[] {
  const found = report.corroborates
    ? named(ledger, report, report.corroborates)
    : report.distinct
      ? null
      : findCorroborated(report.identity, candidatesIn(ledger));
  if (!found) return firstReport(newDevelopmentId(report.identityStream, Object.keys(ledger).length));
  const { comparison } = found;
  const disputed = comparison.outcome === 'disputed' ? { disputed: comparison.disputed } : {};
  return attachSource(found.candidate, report.source, now, { matched: comparison.matched, ...disputed });
}
