import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { html, nothing, render, svg } from 'lit-html';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { Development, coordinatesOf, placeName, sizeOf } from './developments';
import { day } from './format';
import { LEVEL_COLOURS } from './levels';

/** The countries of world-atlas, keyed by ISO-3 (the atlas uses ISO 3166 numeric ids); loaded once, from the bundle's own asset. */
let atlas: Promise<Feature<Geometry, { iso3: string | null; name: string }>[]> | null = null;

function loadAtlas() {
  atlas ??= fetch(atlasUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topology) =>
      (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.map((f) => ({
        ...f,
        properties: { name: f.properties.name, iso3: f.id === undefined ? null : (countries.numericToAlpha3(String(f.id)) ?? null) },
      })),
    );
  return atlas;
}

/** One colour per kind, in the order kinds first appear sorted by name; the legend says which. */
const PALETTE = ['#c0392b', '#2471a3', '#1e8449', '#7d3c98', '#b9770e', '#17a589', '#884ea0', '#d35400', '#5d6d7e', '#a93226', '#2e86c1', '#28b463'];

/** The tension of the chosen dyad, shading its parties' countries. */
export interface Shading {
  readonly dyad: string;
  readonly value: number;
  readonly level: string;
}

/** A wide view on a desktop; a squarer one on a phone, where a 2:1 strip of world would be a few pixels high. */
const sizeFor = (target: HTMLElement): [number, number] => (target.clientWidth < 600 ? [600, 560] : [960, 480]);

/** A marker's radius: size counts without swamping, as in the index (1 + log10(1 + size)). */
const radius = (d: Development) => 3 + 3 * Math.log10(1 + sizeOf(d));

const words = (kind: string) => kind.replace(/_/g, ' ');

/**
 * The developments that have coordinates, as circles coloured by kind and sized by their largest figure,
 * over the world's countries, those of the shading dyad's parties tinted by its level. The view fits the
 * countries and places concerned. The same developments are listed in a table below, for a keyboard or
 * a screen reader; a development with no coordinates is in the timeline only.
 */
export async function drawMap(target: HTMLElement, developments: readonly Development[], shading: Shading | null): Promise<void> {
  const world = await loadAtlas();
  const [WIDTH, HEIGHT] = sizeFor(target);
  const located = developments.map((d) => ({ d, at: coordinatesOf(d) })).filter((m): m is { d: Development; at: [number, number] } => m.at !== null);
  const kinds = [...new Set(located.map((m) => m.d.kind))].sort();
  const colour = (kind: string) => PALETTE[kinds.indexOf(kind) % PALETTE.length];
  const parties = shading ? shading.dyad.split('-') : [];
  const concerned = new Set([...parties, ...located.flatMap((m) => [typeof m.d.location === 'object' ? m.d.location?.country : undefined, ...m.d.involved])]);
  const focus = world.filter((f) => f.properties.iso3 && concerned.has(f.properties.iso3));
  const projection = geoEqualEarth();
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...focus, ...located.map((m): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: m.at } }))],
  };
  projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], fitted.features.length ? fitted : { type: 'Sphere' });
  const path = geoPath(projection);
  const shaded = (iso3: string | null) => (shading && iso3 && parties.includes(iso3) ? LEVEL_COLOURS[shading.level] : '#e5e8e8');
  // Largest first, so that small markers stay on top and clickable.
  const markers = [...located].sort((a, b) => radius(b.d) - radius(a.d));
  render(
    html`
      <svg class="map-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img"
        aria-label=${`Map of ${located.length} located developments${shading ? `; ${parties.join(' and ')} shaded by ${shading.dyad}'s tension, ${shading.value.toFixed(1)} (${shading.level})` : ''}; the table below lists them`}>
        <rect width=${WIDTH} height=${HEIGHT} fill="#eaf2f8"></rect>
        ${world.map((f) => svg`<path d=${path(f) ?? ''} fill=${shaded(f.properties.iso3)} stroke="#fff" stroke-width="0.5" data-country=${f.properties.iso3 ?? ''}><title>${f.properties.name}</title></path>`)}
        ${markers.map(({ d, at }) => {
          const [x, y] = projection(at) ?? [0, 0];
          return svg`<circle class="marker" cx=${x} cy=${y} r=${radius(d)} fill=${colour(d.kind)} fill-opacity="0.75" stroke="#1c2833" stroke-width="0.8" data-development=${d.id}><title>${day(d.occurredAt)} ${words(d.kind)} in ${placeName(d.location)}</title></circle>`;
        })}
      </svg>
      <ul class="legend" aria-label="marker colours">
        ${kinds.map((k) => html`<li><span class="dot" style="background:${colour(k)}"></span>${words(k)}</li>`)}
        ${shading ? html`<li><span class="dot square" style="background:${LEVEL_COLOURS[shading.level]}"></span>${parties.join(', ')}: ${shading.dyad} at ${shading.value.toFixed(1)} (${shading.level})</li>` : nothing}
        <li class="muted">size: the largest figure (casualties, items…); ${developments.length - located.length} without coordinates not shown</li>
      </ul>
      <details class="map-table">
        <summary>The ${located.length} developments on the map, as a table</summary>
        <table>
          <thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Place</th><th scope="col">Actors</th><th scope="col">Size</th></tr></thead>
          <tbody>
            ${located.map(
              ({ d, at }) => html`<tr data-development=${d.id}>
                <td><time datetime=${d.occurredAt}>${day(d.occurredAt)}</time></td><td>${words(d.kind)}</td>
                <td>${placeName(d.location)} (${at[1].toFixed(2)}, ${at[0].toFixed(2)})</td>
                <td>${d.involved.join(', ')}</td><td>${sizeOf(d) || '—'}</td></tr>`,
            )}
          </tbody>
        </table>
      </details>
    `,
    target,
  );
}
