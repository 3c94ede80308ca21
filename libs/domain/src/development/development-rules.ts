import { cameoOf } from '../cameo/cameo';
import { InvalidField } from '../shared/domain-error';
import { DevelopmentDetails, DevelopmentKind, DevelopmentReport, kindDefinition } from './development-kinds';
import { ActorsInDetails } from './kinds/kind';
import { sidesNamedIn } from './magnitude';

type Coded<K extends DevelopmentKind> = Pick<DevelopmentReport<K>, 'kind' | 'details' | 'cameoCode'>;

/** A code a request names must be one its kind can mean: a strike is never a signing. */
export function requireCameoOfKind(kind: DevelopmentKind, code: string, field = 'cameoCode'): void {
  const roots = kindDefinition(kind).cameoRoots;
  const { rootCode } = cameoOf(code, field);
  if (roots && !roots.includes(rootCode)) {
    throw new InvalidField(field, `${code} (root ${rootCode}) cannot code a ${kind.replace(/_/g, ' ')}: its codes have roots ${roots.join(', ')}`);
  }
}

/** The code a report is coded with: its own, or its kind's default. */
export function cameoCodeOf<K extends DevelopmentKind>(report: Coded<K>): string {
  if (report.cameoCode !== null) {
    requireCameoOfKind(report.kind, report.cameoCode);
    return report.cameoCode;
  }
  const code = kindDefinition(report.kind).defaultCameo(report.details as DevelopmentDetails[K]);
  if (code === null) throw new InvalidField('cameoCode', `is required for a ${report.kind}`);
  return code;
}

/** The actor codes a kind's details name (a mediator, the guarantors), by field. */
export const actorsNamedIn = <K extends DevelopmentKind>(kind: K, details: DevelopmentDetails[K]): ActorsInDetails =>
  kindDefinition(kind).actorsIn?.(details) ?? {};

/** Details with the actor codes they name resolved to whom they act for, as far as the kind resolves them. */
export const resolvedDetails = <K extends DevelopmentKind>(kind: K, details: DevelopmentDetails[K], actingFor: (code: string) => string) =>
  kindDefinition(kind).resolved?.(details, actingFor) ?? details;

export function checkKindRules<K extends DevelopmentKind>(report: DevelopmentReport<K>): void {
  if (report.actors[0] !== report.actor) throw new InvalidField('actors', `must lead with the principal actor ${report.actor}`);
  const acting = report.targets.find((target) => report.actors.includes(target));
  if (acting) throw new InvalidField('targets', `must not include the acting actor ${acting}`);
  cameoCodeOf(report);
  requireSidesAreParties(report);
  kindDefinition(report.kind).check?.(report as never);
}

/** A claim is one party's, and a figure split by side splits it between the parties: anyone else's figure is a source's. */
export function requireSidesAreParties(
  report: Pick<DevelopmentReport, 'actors' | 'magnitude'> & { readonly targets: readonly string[]; readonly actorPersons?: readonly string[]; readonly targetPersons?: readonly string[] },
): void {
  const parties = [...report.actors, ...(report.actorPersons ?? []), ...report.targets, ...(report.targetPersons ?? [])];
  const named = [
    ...sidesNamedIn(report.magnitude),
    ...(report.magnitude.claimedBy === undefined ? [] : [{ field: 'magnitude.claimedBy', side: report.magnitude.claimedBy }]),
  ];
  const stranger = named.find(({ side }) => !parties.includes(side));
  if (stranger) throw new InvalidField(stranger.field, `must name a party to it (${parties.join(', ')}), not ${stranger.side}`);
}
