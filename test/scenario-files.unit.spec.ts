import { builtInActor } from '@parley/domain';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Scenario } from '../scripts/cli/scenario-runner';

type Body = Record<string, any>;
type Step = Scenario['steps'][number] & { readonly note?: unknown };

const DIR = join(__dirname, '../scenarios');
const ROUND_ACTION = /^\/api\/v1\/negotiations\/([a-z0-9-]+)\/rounds\/(\d+)\/([a-z-]+)$/;
const SCHEDULE = /^\/api\/v1\/negotiations\/([a-z0-9-]+)\/rounds$/;

/** When what a step reports happened; a round scheduled without its announcement has no date of its own. */
const dateOf = (b: Body): string | undefined => b.occurredAt ?? b.madeAt ?? b.startedAt ?? b.endedAt ?? b.announcedAt;

/** Every actor code a request names, wherever its kind keeps them. */
function codesNamed(b: Body): string[] {
  const d = b.details ?? {};
  return [b.actor, b.actors, b.targets, b.parties, b.mediators, b.backedBy, b.country, b.returned?.map((r: Body) => r.to),
    d.mediator, d.mediators, d.witnesses, d.guarantors]
    .flat()
    .filter((c): c is string => typeof c === 'string');
}

/** What a careful reader would object to in a scenario file; nothing when it is sound. */
function problemsOf(scenario: Scenario): string[] {
  const problems: string[] = [];
  const registered = new Set<string>();
  const rounds = new Map<string, string>();
  const references = (scenario as { references?: Body[] }).references?.map((r) => JSON.stringify(r, Object.keys(r).sort()));
  // One article is posted in the order it tells things; a chronology compiled from many reports, in the order they happened.
  const chronological = !scenario.source;
  let last = '';
  (scenario.steps as readonly Step[]).forEach(({ post, body: b, note }, i) => {
    const body = b as Body;
    const at = `step ${i + 1}`;
    const source: Body | undefined = body.source ?? scenario.source;
    const date = dateOf(body);
    if (!source?.publisher) problems.push(`${at}: names no source`);
    if (source && references && !references.includes(JSON.stringify(source, Object.keys(source).sort()))) {
      problems.push(`${at}: cites ${source.publisher}, missing from the references`);
    }
    if (source?.publishedAt && date && source.publishedAt.slice(0, 10) < date.slice(0, 10)) {
      problems.push(`${at}: its source was published before what it reports`);
    }
    if (note !== undefined && (typeof note !== 'string' || !note.trim())) problems.push(`${at}: an empty note`);
    if (chronological && date) {
      if (Date.parse(date) < Date.parse(last)) problems.push(`${at}: ${date} comes before the step above it (${last})`);
      last = date;
    }
    if (post === '/api/v1/developments' && !body.datePrecision) problems.push(`${at}: does not say how precise its date is`);
    if (post === '/api/v1/actors') registered.add(body.code);
    for (const code of codesNamed(body)) {
      if (!builtInActor(code) && !registered.has(code)) problems.push(`${at}: ${code} is neither built in nor registered above`);
    }
    const scheduled = SCHEDULE.exec(post);
    if (scheduled) rounds.set(`${scheduled[1]}#${body.round}`, body.scheduledStart);
    const action = ROUND_ACTION.exec(post);
    if (action) {
      const key = `${action[1]}#${action[2]}`;
      if (!rounds.has(key)) problems.push(`${at}: round ${action[2]} of ${action[1]} is not scheduled above`);
      if (action[3] === 'postpone') {
        if (!(Date.parse(body.scheduledStart) > Date.parse(rounds.get(key) ?? ''))) problems.push(`${at}: a postponement must move the round later`);
        rounds.set(key, body.scheduledStart);
      }
    }
  });
  return problems;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (file: string): Scenario => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

describe('the scenario files', () => {
  it('include the two processes of 2025 beside Istanbul', () => {
    expect(files).toEqual(expect.arrayContaining(['istanbul-2025.json', 'india-pakistan-2025.json', 'drc-rwanda-2025.json']));
  });

  it.each(files)('%s is named after its file and every step cites a source, in order, with the actors it names known', (file) => {
    const scenario = read(file);
    expect(scenario.name).toBe(file.replace(/\.json$/, ''));
    expect(scenario.steps.length).toBeGreaterThan(0);
    expect(problemsOf(scenario)).toEqual([]);
  });

  it('given a scenario with an unsourced step, an unknown actor, a date out of order and a round never scheduled, when checked, then each is reported', () => {
    const source = { publisher: 'Reuters', publishedAt: '2025-05-01T00:00:00Z' };
    const bad: Scenario = {
      name: 'bad',
      steps: [
        { post: '/api/v1/statements', body: { actor: 'IND', targets: ['PAK'], madeAt: '2025-05-10T00:00:00Z' } },
        { post: '/api/v1/developments', body: { kind: 'attack', actor: 'TRF', targets: ['IND'], occurredAt: '2025-04-22T09:00:00Z', source } },
        { post: '/api/v1/negotiations/india-pakistan/rounds/2/start', body: { startedAt: '2025-05-12T11:30:00Z', source } },
      ],
    };
    expect(problemsOf(bad)).toEqual([
      'step 1: names no source',
      'step 2: 2025-04-22T09:00:00Z comes before the step above it (2025-05-10T00:00:00Z)',
      'step 2: does not say how precise its date is',
      'step 2: TRF is neither built in nor registered above',
      'step 3: its source was published before what it reports',
      'step 3: round 2 of india-pakistan is not scheduled above',
    ]);
  });

  it('given references that leave out a source a step cites, when checked, then it is reported', () => {
    const step = { post: '/api/v1/actors', body: { code: 'TRF', name: 'The Resistance Front', type: 'group', source: { publisher: 'Rediff.com' } } };
    expect(problemsOf({ name: 'refs', references: [{ publisher: 'CNA' }], steps: [step] } as Scenario)).toEqual([
      'step 1: cites Rediff.com, missing from the references',
    ]);
  });

  it('given a postponement to an earlier time, when checked, then it is reported', () => {
    const source = { publisher: 'GNN' };
    const round = { round: 2, parties: ['IND', 'PAK'], scheduledStart: '2025-05-12T06:30:00Z', source };
    const earlier: Scenario = {
      name: 'earlier',
      source,
      steps: [
        { post: '/api/v1/negotiations/india-pakistan/rounds', body: round },
        { post: '/api/v1/negotiations/india-pakistan/rounds/2/postpone', body: { scheduledStart: '2025-05-12T05:00:00Z' } },
      ],
    };
    expect(problemsOf(earlier)).toEqual(['step 2: a postponement must move the round later']);
  });
});
