import { cameoOf } from '../cameo/cameo';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { sourceIdOf } from '../shared/source';
import { deciderSpec } from '../../test/decider-spec';
import { DevelopmentCommand, DevelopmentEvent, decideDevelopment, developmentDecider, evolveDevelopment } from './development';
import { newDevelopmentId } from './identity-streams';
import { CorrectionRequest } from './development-lifecycle';
import { DevelopmentDetails, DevelopmentKind, DevelopmentReport, Magnitude } from './development-kinds';

const given = deciderSpec(developmentDecider);
const now = '2025-06-05T00:00:00.000Z';
const alAhram = { publisher: 'Al-Ahram Weekly', publishedAt: '2025-06-05T00:00:00.000Z' };
/** The id the stream these specs decide on gives its first development. */
const D1 = newDevelopmentId('stream', 0);

const report = <K extends DevelopmentKind>(
  kind: K,
  details: DevelopmentDetails[K],
  more: Partial<DevelopmentReport<K>> = {},
): DevelopmentReport<K> => ({
  developmentId: D1,
  kind,
  actor: more.actor ?? 'UKR',
  actors: [more.actor ?? 'UKR'],
  person: null,
  targets: ['RUS'],
  occurredAt: '2025-06-01T12:00:00.000Z',
  datePrecision: 'day',
  location: null,
  summary: null,
  magnitude: {},
  details,
  cameoCode: null,
  source: alAhram,
  trackId: null,
  ...more,
} as DevelopmentReport<K>);
const record = ({ developmentId: _, ...data }: DevelopmentReport, claim: { corroborates?: string; distinct?: boolean } = {}): DevelopmentCommand => ({
  type: 'RecordDevelopment',
  data: { ...data, identityStream: 'stream', corroborates: claim.corroborates ?? null, distinct: claim.distinct ?? false },
  metadata: { now },
});
const magnitude = (m: Magnitude) => ({ magnitude: m });

/** Per kind: an accepted report from the article, its event type and default code, and a report its rules refuse. */
const kinds: [DevelopmentReport, string, string, DevelopmentReport, RegExp][] = [
  [
    report('military_strike', { means: ['drone'], objective: 'long-range bombers' }, magnitude({ damageUsd: 2_000_000_000 })),
    'MilitaryStrikeRecorded', '195',
    report('military_strike', { means: ['drone'] }, { targets: ['UKR'] }), /targets must not include the acting actor UKR|must not include the acting actor UKR/,
  ],
  [
    report('air_defence_interception', { projectile: 'drone', durationHours: 3 }, { actor: 'RUS', targets: ['UKR'], ...magnitude({ count: 112 }) }),
    'AirDefenceInterceptionRecorded', '190',
    report('air_defence_interception', { projectile: 'drone' }, { actor: 'RUS', targets: ['UKR'] }), /how many were brought down/,
  ],
  [
    report('territorial_change', { change: 'held', shareOfTerritory: 0.19 }, { actor: 'RUS', targets: ['UKR'], ...magnitude({ areaKm2: 113_100 }) }),
    'TerritorialChangeRecorded', '192',
    report('territorial_change', { change: 'held' }, { actor: 'RUS', targets: ['UKR'] }), /the area in km² that is held/,
  ],
  [
    report('sabotage', { infrastructure: 'two bridges', attribution: 'alleged' }, { actor: 'UNKNOWN', ...magnitude({ count: 2 }) }),
    'SabotageRecorded', '1712',
    report('sabotage', { infrastructure: 'two bridges', attribution: 'confirmed' }, { actor: 'UNKNOWN' }), /cannot be confirmed while the actor is UNKNOWN/,
  ],
  [
    report('personnel_change', { person: 'Mykhailo Drapatyi', role: 'ground forces commander', change: 'resigned' }, { targets: [] }),
    'PersonnelChangeRecorded', '010',
    report('personnel_change', { person: 'x', role: 'y', change: 'resigned' }, { targets: ['UKR'] }), /must not include the acting actor/,
  ],
  [
    report('arms_supply_decision', { supplier: 'DEU', recipient: 'UKR', system: 'Long-Range Fires', rangeRestrictionLifted: true }, { actor: 'DEU', targets: ['UKR'] }),
    'ArmsSupplyDecisionRecorded', '072',
    report('arms_supply_decision', { supplier: 'DEU', recipient: 'POL', system: 'x', rangeRestrictionLifted: false }, { actor: 'DEU', targets: ['UKR'] }), /must be one of the targets/,
  ],
  [
    report('threat_assessment', { publisher: 'Defense Intelligence Agency', claims: [{ claim: 'deployed strategic warheads', figure: 1550 }] }, { actor: 'USA' }),
    'ThreatAssessmentRecorded', '130',
    report('threat_assessment', { publisher: 'DIA', claims: [{ claim: 'x' }] }, { actor: 'USA', cameoCode: '13' + '9' + '9' }), /1399 is not a CAMEO event code/,
  ],
  [
    report('demands', { conditions: ['no NATO accession for Ukraine', 'halt to NATO expansion'] }, { actor: 'RUS', person: 'PUTIN', targets: ['UKR', 'NATO'] }),
    'DemandsRecorded', '100',
    report('demands', { conditions: ['x'] }, { actor: 'RUS', targets: ['RUS'] }), /must not include the acting actor RUS/,
  ],
  [
    report('diplomatic_meeting', { format: 'hosted', participants: ['Sergey Lavrov', 'Hakan Fidan'] }, { actor: 'RUS', targets: ['TUR'] }),
    'DiplomaticMeetingRecorded', '043',
    report('diplomatic_meeting', { format: 'visit', participants: [] }, { actor: 'RUS', targets: [] }), /who met whom/,
  ],
  [
    report('accusation', { allegation: 'behind the arson attacks on properties linked to Keir Starmer' }, { actor: 'GBR' }),
    'AccusationRecorded', '112',
    report('accusation', { allegation: 'x' }, { actor: 'GBR', targets: [] }), /must name who is accused/,
  ],
  [
    report('proposal', { subject: 'meeting', proposal: 'a Putin–Zelensky–Trump meeting' }, { actor: 'RUS', targets: ['UKR', 'USA'] }),
    'ProposalRecorded', '036',
    report('proposal', { subject: 'meeting', proposal: 'x' }, { actor: 'RUS', targets: ['RUS'] }), /must not include the acting actor/,
  ],
  [
    report('memorandum', { stage: 'drafted', title: 'Russian memorandum on the root causes' }, { actor: 'RUS', targets: ['UKR'] }),
    'MemorandumRecorded', '036',
    report('memorandum', { stage: 'signed' }, { actor: 'RUS', targets: ['RUS'] }), /must not include the acting actor/,
  ],
  [
    report('reported_event', { dataset: 'gdelt', globalEventId: '1245', numMentions: 10, numSources: 2, numArticles: 10, avgTone: -3 }, { cameoCode: '190' }),
    'ReportedEventRecorded', '190',
    report('reported_event', { dataset: 'gdelt', globalEventId: '1', numMentions: 1, numSources: 1, numArticles: 1, avgTone: 0 }), /cameoCode is required|is required for a reported_event/,
  ],
];

describe('developments', () => {
  describe.each(kinds.map((k) => [k[0].kind, ...k] as const))('%s', (_kind, accepted, eventType, code, refused, why) => {
    it(`records a ${accepted.kind} as ${eventType}, coded ${code} by default`, () => {
      const { cameoCode: _, ...facts } = accepted;
      given([]).when(record(accepted)).then([{ type: eventType, data: { ...facts, cameo: cameoOf(code) }, occurredAt: accepted.occurredAt } as DevelopmentEvent]);
    });

    it(`refuses a ${refused.kind} its rules forbid`, () => given([]).when(record(refused)).thenThrows(InvalidField, why));
  });

  it('codes a strike by artillery 194 and one overridden by the request with the code it names', () => {
    const [artillery] = decideDevelopment(record(report('military_strike', { means: ['artillery'] })), developmentDecider.initialState());
    expect(artillery.data).toMatchObject({ cameo: { code: '194', rootCode: '19', quadClass: 4, goldstein: -10, tableVersion: 'gdelt-2.0' } });
    const [overridden] = decideDevelopment(record(report('military_strike', { means: ['air'] }, { cameoCode: '190' })), developmentDecider.initialState());
    expect(overridden.data).toMatchObject({ cameo: { code: '190' } });
  });

  it('given an occurredAt later than it is recorded: allows as much as its datePrecision does, naming occurredAt beyond', () => {
    const dated = (occurredAt: string, datePrecision: DevelopmentReport['datePrecision']) =>
      record(report('military_strike', { means: ['drone'] }, { occurredAt, datePrecision }));
    given([]).when(dated('2025-06-08T00:00:00.000Z', 'week')).then([expect.objectContaining({ occurredAt: '2025-06-08T00:00:00.000Z' })]);
    expect(() => decideDevelopment(dated('2025-06-08T00:00:00.000Z', 'exact'), developmentDecider.initialState())).toThrow(
      expect.objectContaining({ field: 'occurredAt', message: expect.stringMatching(/exact precision/) }),
    );
  });

  describe('given a development recorded', () => {
    const strike = report('military_strike', { means: ['drone'] }, magnitude({ damageUsd: 2_000_000_000 }));
    const history = decideDevelopment(record(strike), developmentDecider.initialState());
    const ref = { developmentId: D1, kind: 'military_strike' as const, trackId: null };

    it('turns a second report from another publisher into SourceAttached', () =>
      given(history)
        .when(record({ ...strike, source: { publisher: 'Reuters', url: 'https://example.org/a' } }))
        .then([
          {
            type: 'SourceAttached',
            data: { ...ref, source: { publisher: 'Reuters', url: 'https://example.org/a' }, matched: ['kind', 'actors', 'targets', 'cameoCode', 'occurredAt', 'magnitude.damageUsd'] },
            occurredAt: now,
          },
        ]));

    it('records a strike reported elsewhere that day as a development of its own, and one with no place named as the same', () => {
      const inJammu = decideDevelopment(record({ ...strike, location: 'Jammu' }), developmentDecider.initialState());
      given(inJammu)
        .when(record({ ...strike, location: 'Srinagar', source: { publisher: 'Reuters' } }))
        .then([expect.objectContaining({ type: 'MilitaryStrikeRecorded', data: expect.objectContaining({ developmentId: newDevelopmentId('stream', 1) }) })]);
      given(inJammu).when(record({ ...strike, source: { publisher: 'Reuters' } })).then([expect.objectContaining({ type: 'SourceAttached' })]);
    });

    it('records a toll close to the first as disputed beside it, and one far from it as another strike', () => {
      const state = history.reduce(evolveDevelopment, developmentDecider.initialState());
      const [close] = decideDevelopment(record({ ...strike, ...magnitude({ damageUsd: 2_500_000_000 }), source: { publisher: 'Reuters' } }), state);
      expect(close).toMatchObject({ type: 'SourceAttached', data: { disputed: [{ field: 'magnitude.damageUsd', value: 2_500_000_000, recorded: 2_000_000_000 }] } });
      const [far] = decideDevelopment(record({ ...strike, ...magnitude({ damageUsd: 9_000_000 }), source: { publisher: 'Reuters' } }), state);
      expect(far).toMatchObject({ type: 'MilitaryStrikeRecorded' });
    });

    it('holds a report that names the development it corroborates to its facts, naming the field that differs', () => {
      const state = [...history];
      given(state).when(record({ ...strike, location: 'Kyiv', source: { publisher: 'Reuters' } }, { corroborates: D1 })).then([expect.objectContaining({ type: 'SourceAttached' })]);
      given(state).when(record({ ...strike, cameoCode: '190', source: { publisher: 'Reuters' } }, { corroborates: D1 })).thenThrows(RuleViolation, /cameoCode is 190, not 195/);
      expect(() => decideDevelopment(record({ ...strike, targets: ['BLR'] }, { corroborates: D1 }), state.reduce(evolveDevelopment, developmentDecider.initialState()))).toThrow(
        expect.objectContaining({ field: 'targets' }),
      );
    });

    it('compares later reports with the facts as corrected', () => {
      const moved: DevelopmentCommand = { type: 'CorrectDevelopment', data: { developmentId: D1, changes: { location: 'Engels', occurredAt: '2025-06-02T12:00:00.000Z' }, reason: null }, metadata: { now } };
      const corrected = [...history, ...decideDevelopment(moved, history.reduce(evolveDevelopment, developmentDecider.initialState()))];
      given(corrected).when(record({ ...strike, source: { publisher: 'Reuters' } })).then([expect.objectContaining({ type: 'MilitaryStrikeRecorded' })]);
      given(corrected)
        .when(record({ ...strike, location: 'engels', occurredAt: '2025-06-02T09:00:00.000Z', source: { publisher: 'Reuters' } }))
        .then([expect.objectContaining({ type: 'SourceAttached', data: expect.objectContaining({ matched: expect.arrayContaining(['location']) }) })]);
    });

    it('records a report marked distinct as a new development, however like the first', () =>
      given(history)
        .when(record({ ...strike, source: { publisher: 'Reuters' } }, { distinct: true }))
        .then([expect.objectContaining({ type: 'MilitaryStrikeRecorded', data: expect.objectContaining({ developmentId: newDevelopmentId('stream', 1) }) })]));

    it('detaches a source it cites, as an event, and refuses one it does not cite', () => {
      const alAhramId = sourceIdOf(alAhram);
      const detach = (sourceId: string): DevelopmentCommand => ({ type: 'DetachSource', data: { developmentId: D1, sourceId, reason: 'another strike' }, metadata: { now } });
      given(history).when(detach(alAhramId)).then([{ type: 'SourceDetached', data: { ...ref, sourceId: alAhramId, source: alAhram, reason: 'another strike' }, occurredAt: now }]);
      const detached = decideDevelopment(detach(alAhramId), history.reduce(evolveDevelopment, developmentDecider.initialState()));
      given([...history, ...detached]).when(detach(alAhramId)).thenThrows(RuleViolation, /cites no source/);
      // Its source detached, the same publisher may report it again.
      given([...history, ...detached]).when(record(strike)).then([expect.objectContaining({ type: 'SourceAttached' })]);
    });

    it('refuses a second report from the same source', () =>
      given(history).when(record({ ...strike, source: { publisher: 'al-ahram weekly ' } })).thenThrows(RuleViolation, /already cites/));

    it('records a correction of its figures and code as an event', () =>
      given(history)
        .when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { magnitude: { damageUsd: 7_000_000_000 }, cameoCode: '190' }, reason: 'Ukrainian estimate' }, metadata: { now } })
        .then([
          {
            type: 'DevelopmentCorrected',
            data: { ...ref, changes: { magnitude: { damageUsd: 7_000_000_000 }, cameo: cameoOf('190') }, reason: 'Ukrainian estimate' },
            occurredAt: now,
          },
        ]));

    it('refuses an empty correction and one that aims the development at its own actor', () => {
      given(history).when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: {}, reason: null }, metadata: { now } }).thenThrows(InvalidField, /at least one field/);
      given(history).when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { targets: ['UKR'] }, reason: null }, metadata: { now } }).thenThrows(InvalidField, /acting actor UKR/);
    });

    it('refuses a quote on a development that is not a statement', () =>
      given(history).when({ type: 'CorrectDevelopment', data: { developmentId: D1, changes: { quote: 'x' }, reason: null }, metadata: { now } }).thenThrows(InvalidField, /only a statement has a quote/));

    it('given a correction that moves it later than now: holds it to its restated precision, else to a month', () => {
      const correct = (changes: CorrectionRequest): DevelopmentCommand => ({ type: 'CorrectDevelopment', data: { developmentId: D1, changes, reason: null }, metadata: { now } });
      given(history).when(correct({ occurredAt: '2025-06-20T00:00:00.000Z' })).then([expect.objectContaining({ type: 'DevelopmentCorrected' })]);
      given(history).when(correct({ occurredAt: '2025-06-20T00:00:00.000Z', datePrecision: 'day' })).thenThrows(InvalidField, /day precision/);
      given(history).when(correct({ occurredAt: '2025-08-01T00:00:00.000Z' })).thenThrows(InvalidField, /later than when it is recorded/);
    });

    it('retracts it once, after which it can neither change nor be retracted again', () => {
      const retract: DevelopmentCommand = { type: 'RetractDevelopment', data: { developmentId: D1, reason: 'wrong' }, metadata: { now } };
      const retracted = decideDevelopment(retract, history.reduce(evolveDevelopment, developmentDecider.initialState()));
      expect(retracted).toEqual([{ type: 'DevelopmentRetracted', data: { ...ref, reason: 'wrong' }, occurredAt: now }]);
      given([...history, ...retracted]).when(retract).thenThrows(RuleViolation, /was retracted/);
    });
  });
});
