import { html, nothing } from 'lit-html';
import { day } from './format';
import { Exchange, Statement, optionalRead, reads } from './parley';

/** One line of the timeline, whatever it was recorded as. */
export interface TimelineEntry {
  readonly id: string;
  readonly kind: string;
  /** Who did what to whom, as the line shows it. */
  readonly who: string;
  /** Every actor involved, for the actor filter. */
  readonly actors: readonly string[];
  readonly occurredAt: string;
  readonly summary: string;
  readonly sources: readonly string[];
  /** Null when the service does not tell (statements and exchanges before the catalogue of developments). */
  readonly confirmed: boolean | null;
}

/** As GET /api/v1/developments lists them (the catalogue of development kinds). */
interface Development {
  id: string;
  kind: string;
  actor: string;
  targets?: string[];
  occurredAt: string;
  summary?: string;
  sources?: ({ publisher?: string } | string)[];
  confirmed?: boolean;
}

const fromStatement = (s: Statement): TimelineEntry => ({
  id: s.statementId,
  kind: 'statement',
  who: `${s.actor} → ${s.targets.join(', ')}`,
  actors: [s.actor, ...s.targets],
  occurredAt: s.madeAt,
  summary: `${s.speaker}${s.role ? ` (${s.role})` : ''}: “${s.quote}”`,
  sources: s.source ? [s.source.publisher] : [],
  confirmed: null,
});

const fromExchange = (x: Exchange): TimelineEntry => ({
  id: x.exchangeId,
  kind: 'prisoner_exchange',
  who: x.returned.map((r) => r.to).join(' ↔ '),
  actors: [...x.returned.map((r) => r.to), ...x.mediators],
  occurredAt: x.occurredAt,
  summary: `Prisoner exchange: ${x.returned.map((r) => `${r.count} returned to ${r.to}`).join(', ')}`,
  sources: x.source ? [x.source.publisher] : [],
  confirmed: null,
});

const fromDevelopment = (d: Development): TimelineEntry => ({
  id: d.id,
  kind: d.kind,
  who: d.targets?.length ? `${d.actor} → ${d.targets.join(', ')}` : d.actor,
  actors: [d.actor, ...(d.targets ?? [])],
  occurredAt: d.occurredAt,
  summary: d.summary ?? d.kind.replace(/_/g, ' '),
  sources: (d.sources ?? []).map((s) => (typeof s === 'string' ? s : (s.publisher ?? 'source'))),
  confirmed: d.confirmed ?? null,
});

/**
 * Everything that happened, newest first: the catalogue of developments when the service has it
 * (it lists statements and exchanges too), else the statements and the prisoner exchanges.
 */
export async function loadTimeline(): Promise<TimelineEntry[]> {
  const developments = await optionalRead<Development[] | { developments?: Development[]; items?: Development[] }>(
    '/api/v1/developments',
    { limit: '200' },
  );
  const entries = developments
    ? (Array.isArray(developments) ? developments : (developments.developments ?? developments.items ?? [])).map(fromDevelopment)
    : await coreEntries();
  return entries.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.id.localeCompare(b.id));
}

async function coreEntries(): Promise<TimelineEntry[]> {
  const [statements, exchanges] = await Promise.all([
    reads.GET('/api/v1/statements', { params: { query: { limit: 500 } } }),
    reads.GET('/api/v1/prisoner-exchanges'),
  ]);
  if (statements.error || exchanges.error) throw statements.error ?? exchanges.error;
  return [...statements.data.statements.map(fromStatement), ...exchanges.data.exchanges.map(fromExchange)];
}

const provenance = (entry: TimelineEntry) => html`
  <span class="provenance">
    ${entry.sources.length ? html`source: ${entry.sources.join(', ')}` : 'no source given'}
    ${entry.confirmed === null
      ? nothing
      : html`<span class=${entry.confirmed ? 'badge confirmed' : 'badge unconfirmed'}>${entry.confirmed ? 'confirmed' : 'unconfirmed'}</span>`}
  </span>
`;

export const timelineItems = (entries: readonly TimelineEntry[]) =>
  entries.length === 0
    ? html`<li class="empty">Nothing recorded for this selection.</li>`
    : entries.map(
        (entry) => html`
          <li data-kind=${entry.kind}>
            <time datetime=${entry.occurredAt}>${day(entry.occurredAt)}</time>
            <span class="kind">${entry.kind.replace(/_/g, ' ')}</span>
            <span class="actor">${entry.who}</span>
            <p>${entry.summary}</p>
            ${provenance(entry)}
          </li>
        `,
      );
