import { Schemas, createParleyClient } from '@parley/client';
import { html, nothing, render } from 'lit-html';
import { problemText } from './parley';

type Kind = 'statement' | 'exchange';

const STANCES = ['hostile', 'critical', 'neutral', 'conciliatory', 'cooperative'] as const;

const codes = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

/** A datetime-local value, read as UTC like every time on the page. */
const instant = (value: string): string => (value ? `${value}:00Z` : '');

const field = (form: HTMLFormElement, name: string): string => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';

const source = (form: HTMLFormElement) => {
  const publisher = field(form, 'publisher');
  return publisher ? { source: { publisher } } : {};
};

const statementBody = (form: HTMLFormElement): Schemas['RecordStatementRequestDto'] => ({
  speaker: field(form, 'speaker'),
  actor: field(form, 'actor').toUpperCase(),
  targets: codes(field(form, 'targets')),
  stance: field(form, 'stance') as Schemas['RecordStatementRequestDto']['stance'],
  quote: field(form, 'quote'),
  madeAt: instant(field(form, 'madeAt')),
  ...source(form),
});

const exchangeBody = (form: HTMLFormElement): Schemas['RecordPrisonerExchangeRequestDto'] => ({
  occurredAt: instant(field(form, 'occurredAt')),
  returned: [1, 2].map((n) => ({ to: field(form, `to${n}`).toUpperCase(), count: Number(field(form, `count${n}`)) })).filter((r) => r.to),
  ...(field(form, 'trackId') ? { trackId: field(form, 'trackId') } : {}),
  ...source(form),
});

/**
 * The form that posts a statement or a prisoner exchange. The API key lives only in this closure and
 * its password field: never in storage, a cookie or the URL, and gone when the page is closed.
 */
export function mountPostForm(container: HTMLElement, onPosted: (position: number) => void): void {
  let kind: Kind = 'statement';
  let apiKey = '';
  let outcome: { ok: boolean; text: string } | null = null;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const client = createParleyClient({ baseUrl: location.origin, apiKey });
    const answer =
      kind === 'statement'
        ? await client.POST('/api/v1/statements', { body: statementBody(form) })
        : await client.POST('/api/v1/prisoner-exchanges', { body: exchangeBody(form) });
    outcome = answer.data
      ? { ok: true, text: `Recorded at position ${answer.data.position}.` }
      : { ok: false, text: problemText(answer.error) };
    draw();
    if (answer.data) onPosted(answer.data.position);
  };

  const statementFields = () => html`
    <label>Speaker <input name="speaker" required placeholder="Dmitry Peskov" /></label>
    <label>Actor <input name="actor" required placeholder="RUS" /></label>
    <label>Targets <input name="targets" placeholder="UKR, USA" /></label>
    <label>Stance <select name="stance">${STANCES.map((s) => html`<option>${s}</option>`)}</select></label>
    <label class="wide">Quote <textarea name="quote" required rows="2"></textarea></label>
    <label>Made at (UTC) <input name="madeAt" type="datetime-local" required /></label>
  `;

  const exchangeFields = () => html`
    <label>Occurred at (UTC) <input name="occurredAt" type="datetime-local" required /></label>
    <label>Returned to <input name="to1" required placeholder="RUS" /></label>
    <label>How many <input name="count1" type="number" min="1" required /></label>
    <label>Returned to <input name="to2" placeholder="UKR" /></label>
    <label>How many <input name="count2" type="number" min="1" /></label>
    <label>Track <input name="trackId" placeholder="russia-ukraine" /></label>
  `;

  const draw = () =>
    render(
      html`
        <form class="post" @submit=${submit}>
          <fieldset class="kinds">
            ${(['statement', 'exchange'] as const).map(
              (k) => html`<label><input type="radio" name="kind" .checked=${kind === k} @change=${() => ((kind = k), (outcome = null), draw())} />
                  ${k === 'statement' ? 'statement' : 'prisoner exchange'}</label>`,
            )}
          </fieldset>
          ${kind === 'statement' ? statementFields() : exchangeFields()}
          <label>Source <input name="publisher" placeholder="Al-Ahram Weekly" /></label>
          <label>API key
            <input name="apiKey" type="password" autocomplete="off" required .value=${apiKey} @input=${(e: Event) => (apiKey = (e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">Post</button>
          ${outcome ? html`<p class=${outcome.ok ? 'posted' : 'error'} role="status">${outcome.text}</p>` : nothing}
        </form>
      `,
      container,
    );
  draw();
}
