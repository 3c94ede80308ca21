import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { z } from 'zod';
import { text } from '../development/kinds/fields';
import { InvalidField } from '../shared/domain-error';
import gazetteer from './gazetteer.json';

/**
 * Where a development happened (docs/places-and-figures.md). A request names a place by its name
 * alone ("Goma") or with what it knows of it; Parley resolves it against its offline gazetteer when
 * the development is recorded, and the event keeps the result, so a replay places every development
 * where it was placed then, whatever later gazetteers say.
 */
export interface PlaceInput {
  readonly name: string;
  /** ISO 3166-1 alpha-3, as country actors are coded. */
  readonly country?: string;
  /** The first-order division (province, state), as the source names it. */
  readonly admin1?: string;
  readonly latitude?: number;
  readonly longitude?: number;
}

/**
 * Where the coordinates came from: typed by the reporter (`given`), the gazetteer's place of that
 * name (`place`), the centroid of the place's country (`country`), or nowhere: a name in no known
 * country has none (`name`).
 */
export const PLACE_PRECISIONS = ['given', 'place', 'country', 'name'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export interface Place extends PlaceInput {
  readonly precision: PlacePrecision;
}

/** A place as requests give it: a name, or an object. Events written before places were resolved hold the name. */
export type Location = string | PlaceInput;

/** The gazetteer's version: the developments read model's version changes with it. */
export const GAZETTEER_VERSION: number = gazetteer.version;

type Entry = readonly [name: string, country: string, latitude: number, longitude: number, population: number];

/** Case, accents, spacing and punctuation aside: "São Paulo" is "Sao Paulo", "Goma " is "goma". */
export const placeKey = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\p{P}\s]+/gu, ' ').trim();

const PLACES = new Map<string, Entry[]>();
for (const entry of gazetteer.places as unknown as Entry[]) {
  const key = placeKey(entry[0]);
  PLACES.set(key, [...(PLACES.get(key) ?? []), entry]);
}
const CENTROIDS = gazetteer.countries as unknown as Readonly<Record<string, readonly [number, number]>>;

// Registering a locale twice is harmless: this module must not depend on the actors' having done it first.
countries.registerLocale(english);

export const isCountryCode = (code: string): boolean => /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;

export const countryCode = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-3 country code such as COD');

/** What a request may give as `location`: a name, or `{ name, country?, admin1?, latitude?, longitude? }`. */
export const locationSchema = z.union([
  text(200),
  z
    .strictObject({
      name: text(200),
      country: countryCode.optional(),
      admin1: text(200).optional(),
      latitude: z.number().min(-90, 'must lie between -90 and 90').max(90, 'must lie between -90 and 90').optional(),
      longitude: z.number().min(-180, 'must lie between -180 and 180').max(180, 'must lie between -180 and 180').optional(),
    })
    .superRefine(({ latitude, longitude }, context) => {
      if ((latitude === undefined) !== (longitude === undefined)) {
        const missing = latitude === undefined ? 'latitude' : 'longitude';
        context.addIssue({ code: 'custom', path: [missing], message: `must be given with ${missing === 'latitude' ? 'longitude' : 'latitude'}` });
      }
    }),
]);

const mostPopulous = (entries: readonly Entry[]): Entry | undefined =>
  entries.reduce<Entry | undefined>((best, e) => (best === undefined || e[4] > best[4] ? e : best), undefined);

/**
 * The gazetteer's place of a name: in the given country if one is; else in a country among the
 * development's parties (its actors and targets) if one is; else the most populous of the name. A
 * place of that name in another country than the one given is not it.
 */
function placeNamed(name: string, country: string | undefined, parties: readonly string[]): Entry | undefined {
  const entries = PLACES.get(placeKey(name)) ?? [];
  if (country !== undefined) return mostPopulous(entries.filter((e) => e[1] === country));
  return mostPopulous(entries.filter((e) => parties.includes(e[1]))) ?? mostPopulous(entries);
}

/**
 * Reports write "Istanbul, Istanbul, Turkey": a name not in the gazetteer as written is looked up by its
 * first part, in the country its last part names (in English, as i18n-iso-countries knows them).
 */
function nameParts(name: string): [head: string, country: string | undefined] {
  const parts = name.split(',').map((p) => p.trim());
  const country = parts.length > 1 ? countries.getAlpha3Code(parts[parts.length - 1], 'en') : undefined;
  return [parts[0], country];
}

const withoutUndefined = (place: Place): Place =>
  Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)) as unknown as Place;

/** Resolves a place as a request gives it; `parties` are the development's actors and targets, to choose among places of one name. */
export function resolvePlace(location: Location, parties: readonly string[] = []): Place {
  const given: PlaceInput = typeof location === 'string' ? { name: location } : location;
  if (given.country !== undefined && !isCountryCode(given.country)) {
    throw new InvalidField('location.country', 'must be an ISO 3166-1 alpha-3 country code such as COD');
  }
  const [head, namedCountry] = nameParts(given.name);
  const found = placeNamed(given.name, given.country, parties) ?? placeNamed(head, given.country ?? namedCountry, parties);
  const country = given.country ?? found?.[1] ?? namedCountry;
  if (given.latitude !== undefined && given.longitude !== undefined) {
    return withoutUndefined({ ...given, country, precision: 'given' });
  }
  if (found) return withoutUndefined({ ...given, country, latitude: found[2], longitude: found[3], precision: 'place' });
  const centroid = country === undefined ? undefined : CENTROIDS[country];
  if (centroid) return withoutUndefined({ ...given, country, latitude: centroid[0], longitude: centroid[1], precision: 'country' });
  return withoutUndefined({ ...given, country, precision: 'name' });
}

/** A place as an event holds it: resolved when recorded, or (before places were resolved) a name, resolved now. */
export const placeOf = (location: Location | Place | null | undefined, parties: readonly string[] = []): Place | null =>
  location === null || location === undefined
    ? null
    : typeof location === 'object' && 'precision' in location
      ? location
      : resolvePlace(location, parties);

/** The name a place is compared by when two reports are matched. */
export const placeName = (location: Location | null | undefined): string | null =>
  location === null || location === undefined ? null : typeof location === 'string' ? location : location.name;
