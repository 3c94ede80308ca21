import { locationSchema, placeOf, resolvePlace } from './place';

describe('places resolved against the gazetteer', () => {
  it('gives a known place its coordinates and country without the reporter typing them', () => {
    expect(resolvePlace('Goma')).toEqual({ name: 'Goma', country: 'COD', latitude: -1.674, longitude: 29.228, precision: 'place' });
    expect(resolvePlace('istanbul')).toMatchObject({ name: 'istanbul', country: 'TUR', precision: 'place' });
  });

  it('takes a place of an ambiguous name in the country given, else in a party’s country, else the most populous', () => {
    // Goma is a city of the DRC and a town of the Philippines.
    expect(resolvePlace({ name: 'Goma', country: 'PHL' })).toMatchObject({ country: 'PHL', latitude: 6.792, precision: 'place' });
    expect(resolvePlace('Goma', ['PHL', 'CHN'])).toMatchObject({ country: 'PHL', precision: 'place' });
    expect(resolvePlace('Goma', ['RWA', 'USA'])).toMatchObject({ country: 'COD', precision: 'place' });
    // Hyderabad is a city of India and one of Pakistan's Sindh.
    expect(resolvePlace('Hyderabad')).toMatchObject({ country: 'IND' });
    expect(resolvePlace('Hyderabad', ['PAK', 'UNKNOWN'])).toMatchObject({ country: 'PAK' });
    expect(resolvePlace('Hyderabad', ['IND', 'PAK'])).toMatchObject({ country: 'IND' });
  });

  it('keeps an unknown place its name, with its country’s centroid, and never moves a place to another country than the one given', () => {
    expect(resolvePlace({ name: 'Pahalgam', country: 'IND' })).toEqual({ name: 'Pahalgam', country: 'IND', latitude: 22.8, longitude: 79.534, precision: 'country' });
    expect(resolvePlace({ name: 'Goma', country: 'RWA' })).toMatchObject({ country: 'RWA', precision: 'country' });
    expect(resolvePlace('Line of Control')).toEqual({ name: 'Line of Control', precision: 'name' });
  });

  it('reads "place, region, country" as reports write it', () => {
    expect(resolvePlace('Istanbul, Istanbul, Turkey')).toMatchObject({ name: 'Istanbul, Istanbul, Turkey', country: 'TUR', precision: 'place' });
    expect(resolvePlace('Nowhere-on-map, Ukraine')).toMatchObject({ country: 'UKR', precision: 'country' });
  });

  it('keeps coordinates the reporter gives, with the country the name has in the gazetteer', () => {
    expect(resolvePlace({ name: 'Goma', admin1: 'North Kivu', latitude: -1.68, longitude: 29.22 })).toEqual({
      name: 'Goma',
      admin1: 'North Kivu',
      country: 'COD',
      latitude: -1.68,
      longitude: 29.22,
      precision: 'given',
    });
  });

  it('reads a place an event recorded as it was recorded, and resolves a bare name of an older event', () => {
    const recorded = { name: 'Goma', country: 'COD', latitude: 0, longitude: 0, precision: 'given' as const };
    expect(placeOf(recorded)).toBe(recorded);
    expect(placeOf('Goma')).toMatchObject({ country: 'COD', precision: 'place' });
    expect(placeOf(null)).toBeNull();
  });

  it.each([
    [{ name: 'Goma', latitude: 91, longitude: 0 }, 'latitude'],
    [{ name: 'Goma', latitude: 0, longitude: -180.5 }, 'longitude'],
    [{ name: 'Goma', latitude: 1 }, 'longitude'],
    [{ name: 'Goma', country: 'ZZZ' }, 'country'],
    [{ name: 'Goma', country: 'CD' }, 'country'],
    [{ name: 'Goma', country: 'NATO' }, 'country'],
    [{ name: '' }, 'name'],
    [{ name: 'Goma', region: 'Kivu' }, ''],
  ])('refuses %j, naming %s', (location, field) => {
    const result = locationSchema.safeParse(location);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.flatMap((issue) => ('errors' in issue ? (issue.errors as { path: PropertyKey[] }[][]).flat() : [issue]).map((i) => i.path.join('.')));
    expect(paths).toContain(field);
  });
});
