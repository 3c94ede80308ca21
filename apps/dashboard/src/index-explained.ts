import { html, render } from 'lit-html';
import { CEASEFIRE_SCOPE_FACTOR, DE_ESCALATION_STRENGTH, RESUMPTION_DAYS } from '../../../libs/domain/src/tension/de-escalation';
import { DEFAULT_TENSION_PARAMETERS, LEVELS } from '../../../libs/domain/src/tension/tension-formula';
import { TREND_THRESHOLD } from '../../../libs/domain/src/tension/tension-series';
import { LEVEL_COLOURS } from './levels';

/*
 * The levels and every constant of the index, read from the domain's own constants (the ones the
 * service computes with), so that this table cannot drift from the figures. docs/tension-index.md
 * gives the same table with the reasons; a unit test holds the two together.
 */

const { halfLifeDays, scale, magnitudeUnits, proxyAttribution } = DEFAULT_TENSION_PARAMETERS;

const words = (s: string) => s.replace(/_/g, ' ');

/** From below to the next level's threshold. */
const levelRows = () =>
  LEVELS.map((l, i) => {
    const from = i === 0 ? 0 : LEVELS[i - 1].below;
    return html`<tr data-level=${l.level}>
      <th scope="row"><span class="dot square" style="background:${LEVEL_COLOURS[l.level]}"></span>${l.level}</th>
      <td>${Number.isFinite(l.below) ? `${from} ≤ value < ${l.below}` : `value ≥ ${from}`}</td>
    </tr>`;
  });

const UNIT_WORDS: Record<string, (n: number) => string> = {
  casualties: (n) => `${n} casualt${n === 1 ? 'y' : 'ies'}`,
  count: (n) => `${n} item${n === 1 ? '' : 's'} (drones, prisoners)`,
  areaKm2: (n) => `${n.toLocaleString('en')} km²`,
  damageUsd: (n) => `USD ${n.toLocaleString('en')}`,
};

/** Every constant the formula uses, with what it does. */
const constantRows = () => [
  ['H', `${halfLifeDays} days`, 'half-life: a development weighs half after this long, a quarter after twice as long'],
  ['S', String(scale), 'the conflict at which the index reads 50 with no cooperation at all'],
  ['units', Object.entries(magnitudeUnits).map(([k, n]) => (UNIT_WORDS[k] ?? ((v: number) => `${v} ${k}`))(n)).join('; '), 'one unit of size per figure; the size factor is 1 + log10(1 + units)'],
  ['source weight', '1 − 0.5ⁿ', 'n independent publishers: one 0.5, two 0.75, three 0.875'],
  ['proxy attribution a', String(proxyAttribution), "the share of a backed group's acts counted in its backer's dyads"],
  ...Object.entries(DE_ESCALATION_STRENGTH).flatMap(([kind, stages]) =>
    Object.entries(stages).map(([stage, s]) => [`strength: ${kind} ${words(stage)}`, s.toFixed(2), 'the share of earlier conflict set aside while it holds']),
  ),
  ...Object.entries(CEASEFIRE_SCOPE_FACTOR).map(([scope, f]) => [`ceasefire scope: ${words(scope)}`, `× ${f}`, "multiplies a ceasefire's strength; scopes not listed count as partial"]),
  ['resumption', `${RESUMPTION_DAYS} day${RESUMPTION_DAYS === 1 ? '' : 's'}`, 'quiet after a violation before a ceasefire counts again'],
  ['trend threshold', `${TREND_THRESHOLD} points`, "how far a month's mean must move against the month before to count as deteriorated or improved"],
];

const table = () => html`
  <p>value = 100 × (conflict − set aside) / (conflict + cooperation + S), each contribution |Goldstein| × size × source weight × decay × attribution.</p>
  <table class="index-levels" aria-label="levels">
    <caption>Levels</caption>
    <thead><tr><th scope="col">level</th><th scope="col">range</th></tr></thead>
    <tbody>${levelRows()}</tbody>
  </table>
  <table class="index-constants" aria-label="constants">
    <caption>Constants</caption>
    <thead><tr><th scope="col">constant</th><th scope="col">value</th><th scope="col">what it does</th></tr></thead>
    <tbody>${constantRows().map(([name, value, meaning]) => html`<tr><th scope="row">${name}</th><td data-constant=${name}>${value}</td><td>${meaning}</td></tr>`)}</tbody>
  </table>
  <p class="muted">docs/tension-index.md gives the reasons for each figure and the calibration on three episodes of 2025.</p>
`;

/** A button that opens a modal dialog with the table; Escape or its close button returns focus to the button. */
export const indexExplained = () => html`
  <button type="button" class="link" id="how-index" @click=${(e: Event) => {
    const dialog = (e.currentTarget as HTMLElement).nextElementSibling as HTMLDialogElement;
    render(table(), dialog.querySelector('.dialog-body') as HTMLElement);
    dialog.showModal();
  }}>How the index works</button>
  <dialog class="index-dialog" aria-labelledby="index-title">
    <form method="dialog" class="dialog-head"><h2 id="index-title">How the index works</h2><button type="submit" aria-label="close">×</button></form>
    <div class="dialog-body"></div>
  </dialog>
`;
