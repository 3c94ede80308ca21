import { cameoOf } from '../cameo/cameo';
import { InvalidField } from '../shared/domain-error';
import { DEFAULT_TENSION_PARAMETERS, TensionInput, contributionOf, magnitudeFactor } from '../tension/tension-formula';
import { DevelopmentCommand, decideDevelopment, developmentDecider, evolveDevelopment } from './development';
import { DevelopmentReport } from './development-kinds';
import { compareIdentity, figuresOf } from './identity';
import { developmentIdentity } from './development-identity';
import { Magnitude, figureTotal, magnitudeSchema } from './magnitude';

const now = '2025-06-05T00:00:00.000Z';
const clash = (more: Partial<DevelopmentReport> = {}): DevelopmentReport =>
  ({
    developmentId: 'd',
    kind: 'armed_clash',
    actor: 'RUS',
    actors: ['RUS'],
    person: null,
    targets: ['UKR'],
    occurredAt: '2025-06-01T12:00:00.000Z',
    datePrecision: 'day',
    location: null,
    summary: null,
    magnitude: {},
    details: { stage: 'shelling' },
    cameoCode: null,
    source: { publisher: 'Reuters' },
    trackId: null,
    ...more,
  }) as DevelopmentReport;
const record = ({ developmentId: _, ...data }: DevelopmentReport): DevelopmentCommand => ({
  type: 'RecordDevelopment',
  data: { ...data, identityStream: 'stream', corroborates: null, distinct: false },
  metadata: { now },
});
const decided = (report: DevelopmentReport) => decideDevelopment(record(report), developmentDecider.initialState());

describe('figures as analysts keep them', () => {
  it('accepts a plain figure, a split one in full and the shorthand of its sides, recording the split in full', () => {
    expect(magnitudeSchema.parse({ casualties: 15 })).toEqual({ casualties: 15 });
    expect(magnitudeSchema.parse({ casualties: { UKR: 12, RUS: 3 } })).toEqual({ casualties: { bySide: { UKR: 12, RUS: 3 } } });
    expect(magnitudeSchema.parse({ casualties: { total: 20, bySide: { UKR: 12 } }, approximate: true, claimedBy: 'UKR' })).toEqual({
      casualties: { total: 20, bySide: { UKR: 12 } },
      approximate: true,
      claimedBy: 'UKR',
    });
  });

  it.each([
    [{ casualties: { total: 10, bySide: { UKR: 12 } } }, 'casualties.total'],
    [{ casualties: { UKR: -1 } }, 'casualties.bySide.UKR'],
    [{ casualties: { bySide: {} } }, 'casualties.bySide'],
    [{ casualties: 1.5 }, 'casualties'],
    [{ approximate: false }, 'approximate'],
    [{ claimedBy: 'pak' }, 'claimedBy'],
  ])('refuses %j, naming magnitude.%s', (magnitude, field) => {
    const result = magnitudeSchema.safeParse(magnitude);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it("takes a split figure's total as given, else as the sum of its sides", () => {
    expect(figureTotal({ bySide: { UKR: 12, RUS: 3 } })).toBe(15);
    expect(figureTotal({ total: 20, bySide: { UKR: 12 } })).toBe(20);
    expect(figureTotal(7)).toBe(7);
    expect(figureTotal(undefined)).toBeUndefined();
  });

  it('compares a split figure side by side, and its total with a plain one', () => {
    expect(figuresOf({ casualties: { bySide: { UKR: 12, RUS: 3 } }, approximate: true, claimedBy: 'UKR' })).toEqual({
      'magnitude.casualties': 15,
      'magnitude.casualties[UKR]': 12,
      'magnitude.casualties[RUS]': 3,
    });
    const identity = (magnitude: Magnitude) => developmentIdentity(clash({ magnitude }));
    const split = identity({ casualties: { bySide: { UKR: 12, RUS: 3 } } });
    expect(compareIdentity(identity({ casualties: 15 }), split)).toEqual({ outcome: 'same', matched: expect.arrayContaining(['magnitude.casualties']) });
    expect(compareIdentity(identity({ casualties: { bySide: { UKR: 11, RUS: 3 } } }), split)).toMatchObject({
      outcome: 'disputed',
      disputed: [
        { field: 'magnitude.casualties', value: 14, recorded: 15 },
        { field: 'magnitude.casualties[UKR]', value: 11, recorded: 12 },
      ],
    });
    expect(compareIdentity(identity({ casualties: { bySide: { UKR: 120, RUS: 3 } } }), split)).toMatchObject({ outcome: 'different', field: 'magnitude.casualties' });
  });

  it('refuses a claim or a side that is no party to the development, naming the field', () => {
    expect(() => decided(clash({ magnitude: { casualties: 5, claimedBy: 'USA' } }))).toThrow(expect.objectContaining({ field: 'magnitude.claimedBy' }));
    expect(() => decided(clash({ magnitude: { casualties: { bySide: { UKR: 2, BLR: 1 } } } }))).toThrow(InvalidField);
    expect(() => decided(clash({ magnitude: { casualties: { bySide: { UKR: 2, BLR: 1 } } } }))).toThrow(expect.objectContaining({ field: 'magnitude.casualties.bySide.BLR' }));
    expect(decided(clash({ magnitude: { casualties: 5, claimedBy: 'UKR' } }))).toHaveLength(1);
  });

  it('records the place resolved, with the parties choosing among places of one name, and its notes', () => {
    const [event] = decided(clash({ actor: 'PAK', actors: ['PAK'], targets: ['IND'], location: 'Hyderabad', notes: 'Reported by one outlet.' } as Partial<DevelopmentReport>));
    expect(event.data).toMatchObject({ location: { name: 'Hyderabad', country: 'IND', precision: 'place' }, notes: 'Reported by one outlet.' });
    const [inSindh] = decided(clash({ actor: 'PAK', actors: ['PAK'], targets: ['UNKNOWN'], location: 'Hyderabad' }));
    expect(inSindh.data).toMatchObject({ location: { country: 'PAK' } });
  });

  it('resolves the place of a correction, and holds its claim to the parties, as of a report', () => {
    const history = decided(clash());
    const state = history.reduce(evolveDevelopment, developmentDecider.initialState());
    const [corrected] = decideDevelopment(
      { type: 'CorrectDevelopment', data: { developmentId: history[0].data.developmentId, changes: { location: 'Kherson' }, reason: null }, metadata: { now } },
      state,
    );
    expect(corrected).toMatchObject({ type: 'DevelopmentCorrected', data: { changes: { location: { name: 'Kherson', country: 'UKR', precision: 'place' } } } });
    const correct = (magnitude: Magnitude): DevelopmentCommand => ({
      type: 'CorrectDevelopment',
      data: { developmentId: history[0].data.developmentId, changes: { magnitude }, reason: null },
      metadata: { now },
    });
    expect(() => decideDevelopment(correct({ casualties: 4, claimedBy: 'BLR' }), state)).toThrow(expect.objectContaining({ field: 'magnitude.claimedBy' }));
    expect(decideDevelopment(correct({ casualties: 4, claimedBy: 'UKR' }), state)).toHaveLength(1);
  });
});

describe('figures in the tension index', () => {
  const units = DEFAULT_TENSION_PARAMETERS.magnitudeUnits;
  const strike = (magnitude: Magnitude): TensionInput => ({
    eventId: 'e',
    kind: 'air_defence_interception',
    cameoCode: '190',
    goldstein: cameoOf('190').goldstein,
    magnitude,
    sources: 1,
    occurredAt: '2025-05-07T10:00:00.000Z',
  });

  it("counts a party's claim at the claimed share of its size, and an approximate figure as given", () => {
    expect(DEFAULT_TENSION_PARAMETERS.claimedShare).toBe(0.5);
    expect(magnitudeFactor({ count: 5, claimedBy: 'PAK' }, units)).toBeCloseTo(1 + Math.log10(1 + 2.5));
    expect(magnitudeFactor({ count: 5, approximate: true }, units)).toBeCloseTo(1 + Math.log10(6));
    expect(magnitudeFactor({ casualties: { bySide: { UKR: 12, RUS: 3 } } }, units)).toBeCloseTo(1 + Math.log10(16));
    const claimed = contributionOf(strike({ count: 5, claimedBy: 'PAK' }), '2025-05-07T10:00:00.000Z')!;
    const confirmed = contributionOf(strike({ count: 5 }), '2025-05-07T10:00:00.000Z')!;
    expect(claimed.contribution).toBeLessThan(confirmed.contribution);
    expect(claimed.contribution / confirmed.contribution).toBeCloseTo((1 + Math.log10(3.5)) / (1 + Math.log10(6)));
  });
});
