import { UNKNOWN_ACTOR } from '../actor/built-in-actors';
import { InvalidField } from '../shared/domain-error';
import { DevelopmentDetails, DevelopmentKind, DevelopmentReport } from './development-kinds';

interface KindRule<K extends DevelopmentKind> {
  /** The CAMEO code a report of this kind gets when it names none; null when it must name one. */
  defaultCameo(details: DevelopmentDetails[K]): string | null;
  /** The rules proper to the kind, beyond the shape the request schema already checked. */
  check?(report: DevelopmentReport<K>): void;
}

const requireFigure = (report: DevelopmentReport, figure: 'count' | 'areaKm2', what: string): void => {
  if (report.magnitude[figure] === undefined) throw new InvalidField(`magnitude.${figure}`, `must give ${what}`);
};

/** Per kind: its default CAMEO code and its own rules. */
export const KIND_RULES: { readonly [K in DevelopmentKind]: KindRule<K> } = {
  military_strike: { defaultCameo: ({ means }) => (means === 'artillery' ? '194' : '195') },
  air_defence_interception: {
    defaultCameo: () => '190',
    check: (report) => requireFigure(report, 'count', 'how many were brought down'),
  },
  territorial_change: {
    defaultCameo: () => '192',
    // Gains are often reported before anyone measures them; what a side holds is its area.
    check: (report) => report.details.change === 'held' && requireFigure(report, 'areaKm2', 'the area in km² that is held'),
  },
  sabotage: {
    defaultCameo: () => '1712',
    check: ({ actor, details }) => {
      // Nobody can have claimed, or been confirmed for, an act whose perpetrator is unidentified.
      if (actor === UNKNOWN_ACTOR && details.attribution !== 'alleged') {
        throw new InvalidField('details.attribution', `cannot be ${details.attribution} while the actor is ${UNKNOWN_ACTOR}`);
      }
    },
  },
  personnel_change: { defaultCameo: () => '010' },
  arms_supply_decision: {
    defaultCameo: () => '072',
    check: ({ actor, targets, details }) => {
      if (details.supplier !== actor) throw new InvalidField('details.supplier', `must be the acting actor ${actor}`);
      if (!targets.includes(details.recipient)) {
        throw new InvalidField('details.recipient', `must be one of the targets (${targets.join(', ') || 'none'})`);
      }
    },
  },
  threat_assessment: { defaultCameo: () => '130' },
  demands: { defaultCameo: () => '100' },
  diplomatic_meeting: {
    defaultCameo: ({ format }) => ({ visit: '042', hosted: '043', third_location: '044', call: '041', other: '040' })[format],
    check: ({ targets }) => {
      if (targets.length === 0) throw new InvalidField('targets', 'must name who the actor met');
    },
  },
  accusation: {
    defaultCameo: () => '112',
    check: ({ targets }) => {
      if (targets.length === 0) throw new InvalidField('targets', 'must name who is accused');
    },
  },
  proposal: {
    defaultCameo: ({ subject }) => ({ meeting: '036', ceasefire: '0356', settlement: '037', other: '030' })[subject],
  },
  memorandum: { defaultCameo: ({ stage }) => ({ drafted: '036', exchanged: '046', signed: '057' })[stage] },
  reported_event: { defaultCameo: () => null },
};

/** The code a report is coded with: its own, or its kind's default. */
export function cameoCodeOf<K extends DevelopmentKind>(report: Pick<DevelopmentReport<K>, 'kind' | 'details' | 'cameoCode'>): string {
  const code = report.cameoCode ?? (KIND_RULES[report.kind] as KindRule<K>).defaultCameo(report.details);
  if (code === null) throw new InvalidField('cameoCode', `is required for a ${report.kind}`);
  return code;
}

export function checkKindRules<K extends DevelopmentKind>(report: DevelopmentReport<K>): void {
  if (report.targets.includes(report.actor)) {
    throw new InvalidField('targets', `must not include the acting actor ${report.actor}`);
  }
  (KIND_RULES[report.kind] as KindRule<K>).check?.(report);
}
