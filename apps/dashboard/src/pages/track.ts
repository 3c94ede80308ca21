import { html, nothing, render } from 'lit-html';
import { listDevelopments } from '../developments';
import { day } from '../format';
import { optionalRead, reads } from '../parley';
import { hrefOf } from '../route';
import { timelineItems } from '../timeline';
import { trackCards } from '../tracks';
import { Round, roundsAxis, roundsTable } from './rounds-axis';

interface Exchanges {
  exchanges: { developmentId: string; occurredAt: string; returned: { to: string; count: number }[]; category: string }[];
}

/** What a track's agreements are: the moves of a peace process, beside its rounds. */
const AGREEING = ['agreement', 'ceasefire'];

/** The dyads of a track's parties, two by two, as the index names them (sorted codes). */
const dyadsOf = (parties: readonly string[]): string[] =>
  parties.flatMap((a, i) => parties.slice(i + 1).map((b) => [a, b].sort().join('-')));

/**
 * One negotiation track: its state and phase, its rounds on a time axis (scheduled against held,
 * postponements, break-offs) and in a table, its agreements and ceasefires, its prisoner exchanges.
 */
export async function showTrack(view: HTMLElement, trackId: string): Promise<void> {
  const [status, rounds] = await Promise.all([
    reads.GET('/api/v1/negotiations/{trackId}', { params: { path: { trackId } } }),
    reads.GET('/api/v1/negotiations/{trackId}/rounds', { params: { path: { trackId } } }),
  ]);
  if (status.error) throw status.error;
  if (rounds.error) throw rounds.error;
  const track = status.data as Parameters<typeof trackCards>[0][number];
  const { rounds: held } = rounds.data as { rounds: Round[] };
  const [{ developments }, exchanges] = await Promise.all([
    listDevelopments({ trackId }),
    optionalRead<Exchanges>('/api/v1/prisoner-exchanges', { trackId }),
  ]);
  const agreements = developments.filter((d) => AGREEING.includes(d.kind));
  render(
    html`
      <nav class="crumbs" aria-label="breadcrumb"><a href=${hrefOf({ page: 'overview' })}>Overview</a> › track</nav>
      <section aria-labelledby="track-title" data-track-page=${trackId}>
        <h2 id="track-title" tabindex="-1">Track ${trackId}</h2>
        <div class="cards">${trackCards([track])}</div>
        <p>Tension between its parties:
          ${dyadsOf(track.parties).map((dyad, i) => html`${i ? ', ' : ''}<a href=${hrefOf({ page: 'dyad', dyad })}>${dyad}</a>`)}</p>
      </section>
      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">Rounds</h2>
        ${roundsAxis(held)}
        ${held.length ? roundsTable(held) : nothing}
      </section>
      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">Agreements and ceasefires</h2>
        <ol class="timeline" id="track-agreements">${timelineItems(agreements)}</ol>
      </section>
      <section aria-labelledby="exchanges-title">
        <h2 id="exchanges-title">Prisoner exchanges</h2>
        ${exchanges?.exchanges.length
          ? html`<ul class="exchange-list">${exchanges.exchanges.map(
              (e) => html`<li data-exchange=${e.developmentId}><time datetime=${e.occurredAt}>${day(e.occurredAt)}</time>:
                ${e.returned.map((r, i) => html`${i ? ' + ' : ''}<strong>${r.count}</strong> to ${r.to}`)} (${e.category.replace(/_/g, ' ')})</li>`,
            )}</ul>`
          : html`<p class="empty">No exchange on this track.</p>`}
      </section>
      <section aria-labelledby="track-timeline-title">
        <h2 id="track-timeline-title">Everything on this track</h2>
        <ol class="timeline" id="track-timeline">${timelineItems(developments)}</ol>
      </section>
    `,
    view,
  );
}
