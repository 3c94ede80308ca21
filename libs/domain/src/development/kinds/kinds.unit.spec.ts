import { cameoOf, isCameoCode } from '../../cameo/cameo';
import { InvalidField } from '../../shared/domain-error';
import { deciderSpec } from '../../../test/decider-spec';
import { CURRENT_SCHEMA_VERSION } from '../../events';
import { DevelopmentCommand, DevelopmentEvent, developmentDecider } from '../development';
import { newDevelopmentId } from '../identity-streams';
import { DEVELOPMENT_KIND_LIST, DevelopmentDetails, DevelopmentKind, DevelopmentReport } from '../development-kinds';

const given = deciderSpec(developmentDecider);
const now = '2025-07-01T00:00:00.000Z';
const D1 = newDevelopmentId('stream', 0);

const report = <K extends DevelopmentKind>(kind: K, details: DevelopmentDetails[K], more: Partial<Omit<DevelopmentReport<K>, 'kind' | 'details'>> = {}) => {
  const actors = more.actors ?? ['IND'];
  return {
    developmentId: D1,
    kind,
    person: null,
    targets: ['PAK'],
    occurredAt: '2025-05-10T12:00:00.000Z',
    datePrecision: 'day',
    location: null,
    summary: null,
    magnitude: {},
    cameoCode: null,
    source: null,
    trackId: null,
    ...more,
    actor: actors[0],
    actors,
    details,
  } as DevelopmentReport<K>;
};
const record = ({ developmentId: _, ...data }: DevelopmentReport): DevelopmentCommand => ({
  type: 'RecordDevelopment',
  data: { ...data, identityStream: 'stream', corroborates: null, distinct: false },
  metadata: { now },
});
const recorded = (data: DevelopmentReport, eventType: string, code: string): DevelopmentEvent => {
  const { cameoCode: _, ...facts } = data;
  return { type: eventType, data: { ...facts, cameo: cameoOf(code) }, occurredAt: data.occurredAt } as DevelopmentEvent;
};

const ceasefire = (stage: DevelopmentDetails['ceasefire']['stage'], more = {}) =>
  report('ceasefire', { stage, scope: 'full', startsAt: '2025-05-10T11:30:00.000Z' }, { actors: ['IND', 'PAK'], targets: [], ...more });

/** Per kind and stage: the code of the table (or the one chosen), and whether it de-escalates. */
const STAGES: [DevelopmentReport, string, string, 'de-escalating' | 'escalating'][] = [
  [ceasefire('agreed'), 'CeasefireRecorded', '0871', 'de-escalating'],
  [ceasefire('declared', { actors: ['PAK'], targets: ['IND'] }), 'CeasefireRecorded', '0871', 'de-escalating'],
  [ceasefire('violated', { actors: ['PAK'], targets: ['IND'] }), 'CeasefireRecorded', '196', 'escalating'],
  [ceasefire('collapsed'), 'CeasefireRecorded', '1246', 'escalating'],
  ...(['initialled', 'signed', 'ratified', 'implemented', 'suspended', 'withdrawn'] as const).map(
    (stage, i): [DevelopmentReport, string, string, 'de-escalating' | 'escalating'] => [
      report('agreement', { stage, title: 'Indus Waters Treaty' }, { actors: ['IND', 'PAK'], targets: [] }),
      'AgreementRecorded',
      ['037', '057', '057', '060', '160', '127'][i],
      i < 4 ? 'de-escalating' : 'escalating',
    ],
  ),
  [report('sanctions', { stage: 'imposed', measures: ['asset freeze'] }, { actors: ['EU'], targets: ['RUS'] }), 'SanctionsRecorded', '163', 'escalating'],
  [report('sanctions', { stage: 'eased', measures: ['asset freeze'] }, { actors: ['EU'], targets: ['RUS'] }), 'SanctionsRecorded', '085', 'de-escalating'],
  [report('sanctions', { stage: 'lifted', measures: ['asset freeze'] }, { actors: ['EU'], targets: ['RUS'] }), 'SanctionsRecorded', '085', 'de-escalating'],
  ...(['severed', 'downgraded', 'restored', 'ambassador_recalled', 'diplomats_expelled'] as const).map(
    (stage, i): [DevelopmentReport, string, string, 'de-escalating' | 'escalating'] => [
      report('diplomatic_relations', { stage }),
      'DiplomaticRelationsRecorded',
      ['161', '161', '054', '161', '174'][i],
      stage === 'restored' ? 'de-escalating' : 'escalating',
    ],
  ),
  [report('border_measure', { stage: 'closed', what: 'airspace' }), 'BorderMeasureRecorded', '172', 'escalating'],
  [report('border_measure', { stage: 'closed', what: 'trade' }), 'BorderMeasureRecorded', '163', 'escalating'],
  [report('border_measure', { stage: 'reopened', what: 'border' }), 'BorderMeasureRecorded', '081', 'de-escalating'],
  [report('border_measure', { stage: 'reopened', what: 'trade' }), 'BorderMeasureRecorded', '085', 'de-escalating'],
  [report('detention', { stage: 'detained', persons: ['Purnam Kumar Shaw'] }, { actors: ['PAK'], targets: ['IND'] }), 'DetentionRecorded', '173', 'escalating'],
  [report('detention', { stage: 'abducted' }, { magnitude: { count: 2 } }), 'DetentionRecorded', '181', 'escalating'],
  [report('detention', { stage: 'released', persons: ['Purnam Kumar Shaw'] }, { actors: ['PAK'], targets: ['IND'] }), 'DetentionRecorded', '0841', 'de-escalating'],
  [report('detention', { stage: 'sentenced', persons: ['x'] }), 'DetentionRecorded', '173', 'escalating'],
  [report('armed_clash', { stage: 'clash' }), 'ArmedClashRecorded', '190', 'escalating'],
  [report('armed_clash', { stage: 'small_arms', line: 'Line of Control' }, { actors: ['IND', 'PAK'], targets: [] }), 'ArmedClashRecorded', '193', 'escalating'],
  [report('armed_clash', { stage: 'shelling' }), 'ArmedClashRecorded', '194', 'escalating'],
  [report('attack', { stage: 'terrorist', attribution: 'claimed' }, { actors: ['TRF'], targets: ['IND'] }), 'AttackRecorded', '180', 'escalating'],
  [report('attack', { stage: 'insurgent' }, { actors: ['M23'], targets: ['COD'] }), 'AttackRecorded', '180', 'escalating'],
  [report('humanitarian', { stage: 'corridor_agreed' }), 'HumanitarianRecorded', '0863', 'de-escalating'],
  [report('humanitarian', { stage: 'aid_delivered', what: 'food' }, { targets: [] }), 'HumanitarianRecorded', '073', 'de-escalating'],
  [report('humanitarian', { stage: 'aid_blocked' }), 'HumanitarianRecorded', '1245', 'escalating'],
  [report('humanitarian', { stage: 'evacuation' }, { targets: [] }), 'HumanitarianRecorded', '073', 'de-escalating'],
  [report('mediation', { stage: 'offered', mediator: 'QAT' }, { actors: ['QAT'], targets: ['COD', 'M23'] }), 'MediationRecorded', '039', 'de-escalating'],
  [report('mediation', { stage: 'accepted', mediator: 'QAT' }, { actors: ['COD'], targets: ['M23'] }), 'MediationRecorded', '038', 'de-escalating'],
  [report('mediation', { stage: 'rejected', mediator: 'USA' }, { actors: ['PAK'], targets: [] }), 'MediationRecorded', '126', 'escalating'],
  [report('territorial_change', { change: 'lost' }, { actors: ['M23'], targets: ['COD'] }), 'TerritorialChangeRecorded', '0874', 'de-escalating'],
  [report('territorial_change', { change: 'withdrew', region: 'Walikale' }, { actors: ['M23'], targets: ['COD'] }), 'TerritorialChangeRecorded', '0874', 'de-escalating'],
  [report('military_strike', { means: ['drone', 'missile'] }, { actors: ['IND'], targets: ['PAK'] }), 'MilitaryStrikeRecorded', '195', 'escalating'],
  [report('military_strike', { means: ['artillery'] }, { actors: ['PAK'], targets: ['IND'] }), 'MilitaryStrikeRecorded', '194', 'escalating'],
];

describe('the kinds of a peace process', () => {
  it.each(STAGES.map(([data, type, code, direction]) => [data.kind, JSON.stringify(data.details), type, code, direction, data] as const))(
    'given nothing, when %s %s is reported, then it is recorded as %s coded %s (%s)',
    (_kind, _details, eventType, code, direction, data) => {
      given([]).when(record(data)).then([recorded(data, eventType, code)]);
      expect(Math.sign(cameoOf(code).goldstein)).toBe(direction === 'de-escalating' ? 1 : -1);
    },
  );

  it.each([
    ['a ceasefire agreed by one party alone', ceasefire('agreed', { actors: ['IND'], targets: [] }), 'actors', /at least two parties/],
    ['a ceasefire ending before it starts', report('ceasefire', { stage: 'declared', scope: 'partial', startsAt: '2025-05-10T11:30:00.000Z', endsAt: '2025-05-10T11:00:00.000Z' }), 'details.endsAt', /after details.startsAt/],
    ['a party as a ceasefire mediator', report('ceasefire', { stage: 'agreed', scope: 'full', startsAt: '2025-05-10T11:30:00.000Z', mediators: ['PAK', 'USA'] }), 'details.mediators', /PAK, a party/],
    ['an agreement signed by one party alone', report('agreement', { stage: 'signed', title: 'x' }, { targets: [] }), 'actors', /at least two parties/],
    ['a party as an agreement guarantor', report('agreement', { stage: 'signed', title: 'x', guarantors: ['IND'] }), 'details.guarantors', /IND, a party/],
    ['sanctions on nobody', report('sanctions', { stage: 'imposed', measures: ['x'] }, { actors: ['EU'], targets: [] }), 'targets', /who is sanctioned/],
    ['relations changed with nobody', report('diplomatic_relations', { stage: 'severed' }, { targets: [] }), 'targets', /with whom/],
    ['a border closed to nobody', report('border_measure', { stage: 'closed', what: 'border' }, { targets: [] }), 'targets', /against/],
    ['a detention of nobody named or counted', report('detention', { stage: 'detained' }), 'details.persons', /magnitude.count/],
    ['a detention counting fewer than it names', report('detention', { stage: 'detained', persons: ['a', 'b'] }, { magnitude: { count: 1 } }), 'magnitude.count', /at least the 2/],
    ['a clash with no other side', report('armed_clash', { stage: 'clash' }, { targets: [] }), 'actors', /two sides/],
    ['an attack on nobody', report('attack', { stage: 'terrorist' }, { targets: [] }), 'targets', /who was attacked/],
    ['a mediator offering someone else', report('mediation', { stage: 'offered', mediator: 'USA' }), 'details.mediator', /the actor that offers/],
    ['a party as its own mediator', report('mediation', { stage: 'accepted', mediator: 'PAK' }), 'details.mediator', /must not be a party/],
    ['a party accepting its own mediation', report('mediation', { stage: 'accepted', mediator: 'IND' }), 'details.mediator', /someone other/],
    ['a strike coded as a signing', report('military_strike', { means: ['missile'] }, { cameoCode: '057' }), 'cameoCode', /057 \(root 05\) cannot code a military strike/],
    ['a ceasefire coded as an occupation of territory', ceasefire('agreed', { cameoCode: '1' + '72' + '1' }), 'cameoCode', /cannot code a ceasefire/],
    ['an actor among its own targets', report('sanctions', { stage: 'imposed', measures: ['x'] }, { actors: ['EU', 'RUS'], targets: ['RUS'] }), 'targets', /acting actor RUS/],
  ])('given nothing, when %s is reported, then it is refused naming %s', (_name, data, field, why) => {
    given([]).when(record(data)).thenThrows(InvalidField, why);
    expect(() => developmentDecider.decide(record(data), developmentDecider.initialState())).toThrow(expect.objectContaining({ field }));
  });

  it('given a strike recorded, when it is corrected to a code no strike can have, then the correction is refused naming cameoCode', () => {
    const strike = report('military_strike', { means: ['drone'] });
    const history = developmentDecider.decide(record(strike), developmentDecider.initialState());
    given(history)
      .when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { cameoCode: '057' }, reason: null }, metadata: { now } })
      .thenThrows(InvalidField, /cannot code a military strike/);
    given(history)
      .when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { cameoCode: '193' }, reason: null }, metadata: { now } })
      .then([expect.objectContaining({ type: 'DevelopmentCorrected' })]);
  });

  it('given several actors, when a correction aims it at one of them, then it is refused', () => {
    const history = developmentDecider.decide(record(ceasefire('agreed')), developmentDecider.initialState());
    given(history)
      .when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { targets: ['PAK'] }, reason: null }, metadata: { now } })
      .thenThrows(InvalidField, /acting actor PAK/);
  });

  it('gives every kind a name and an event type of its own, written at the version the log reads', () => {
    expect(new Set(DEVELOPMENT_KIND_LIST.map((k) => k.kind)).size).toBe(DEVELOPMENT_KIND_LIST.length);
    expect(new Set(DEVELOPMENT_KIND_LIST.map((k) => k.eventType)).size).toBe(DEVELOPMENT_KIND_LIST.length);
    for (const k of DEVELOPMENT_KIND_LIST) expect(CURRENT_SCHEMA_VERSION[k.eventType]).toBe(k.schemaVersion);
  });

  describe.each(DEVELOPMENT_KIND_LIST.map((k) => [k.kind, k] as const))('%s', (_kind, definition) => {
    it('codes every stage with a CAMEO code its own roots allow', () => {
      for (const code of Object.values(definition.codes)) {
        expect(isCameoCode(code)).toBe(true);
        if (definition.cameoRoots) expect(definition.cameoRoots).toContain(cameoOf(code).rootCode);
      }
    });

    it('accepts its own example', () => {
      const { actors, targets, details, magnitude = {}, cameoCode = null } = definition.example;
      const data = report(definition.kind, definition.details.parse(details) as never, { actors: [...actors], targets: [...targets], magnitude, cameoCode });
      expect(developmentDecider.decide(record(data), developmentDecider.initialState())).toEqual([expect.objectContaining({ type: definition.eventType })]);
    });
  });
});
