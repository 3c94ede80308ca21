import { html, nothing } from 'lit-html';
import { TrackStatus } from './parley';
import { day, length, minutes, when } from './format';
import { hrefOf } from './route';

const STATUS_WORDS: Record<TrackStatus['status'], string> = {
  scheduled: 'scheduled',
  in_session: 'in session',
  concluded: 'concluded',
  broken_off: 'broken off',
  postponed: 'postponed',
  cancelled: 'cancelled',
};

const PHASE_WORDS: Record<TrackStatus['phase'], string> = {
  active: 'active',
  stalled: 'stalled',
  agreement_reached: 'agreement reached',
  broken_down: 'broken down',
};

/** Where a round meets: its city, or the line it was held on. */
const place = ({ format, city }: Pick<NonNullable<TrackStatus['nextRound']>, 'format' | 'city'>) => city ?? (format === 'video' ? 'by video' : 'by telephone');

const lastRound = (round: NonNullable<TrackStatus['lastRound']>) => html`
  <dl class="facts">
    <dt>Last round</dt>
    <dd>Round ${round.round}, ${place(round)}${round.venue ? html`, ${round.venue}` : nothing}, ${day(round.startedAt)}</dd>
    <dt>Delay</dt>
    <dd data-fact="delay">${minutes(round.delayMinutes)}</dd>
    <dt>Duration</dt>
    <dd data-fact="duration">${length(round.durationMinutes)}</dd>
    ${round.outcomes.length
      ? html`<dt>Outcomes</dt>
          <dd><ul class="outcomes">${round.outcomes.map((o) => html`<li>${o.summary}</li>`)}</ul></dd>`
      : nothing}
  </dl>
`;

const exchanges = ({ count, returned }: TrackStatus['prisonerExchanges']) =>
  count === 0
    ? nothing
    : html`<p class="exchanges" data-fact="exchanges">
        ${count} prisoner exchange${count === 1 ? '' : 's'}:
        ${Object.entries(returned).map(([side, n], i) => html`${i ? ' + ' : ''}<strong>${n}</strong> to ${side}`)}
      </p>`;

const named = (track: TrackStatus) => (code: string) => track.names[code] ?? code;

/** One card per track: its state, the last round held, the next one due and the exchanges per side. */
export const trackCards = (tracks: readonly TrackStatus[]) =>
  tracks.length === 0
    ? html`<p class="empty">No negotiation track recorded yet.</p>`
    : tracks.map(
        (track) => html`
          <article class="card" data-track=${track.trackId}>
            <header>
              <h3><a href=${hrefOf({ page: 'track', trackId: track.trackId })}>${track.trackId}</a></h3>
              <span class="status status-${track.status}" data-fact="status">${STATUS_WORDS[track.status]}</span>
              <span class="phase" data-fact="phase">${PHASE_WORDS[track.phase]}</span>
            </header>
            <p class="parties">
              ${track.parties.map(named(track)).join(' · ')}${track.mediators.length ? html` — mediated by ${track.mediators.map(named(track)).join(', ')}` : nothing}
            </p>
            ${track.lastRound ? lastRound(track.lastRound) : html`<p class="muted">No round held yet.</p>`}
            ${track.nextRound
              ? html`<p class="next" data-fact="next-round">
                  Next: round ${track.nextRound.round}, ${place(track.nextRound)}, ${when(track.nextRound.scheduledStart)}
                  (${STATUS_WORDS[track.nextRound.status]})
                </p>`
              : nothing}
            ${exchanges(track.prisonerExchanges)}
          </article>
        `,
      );
