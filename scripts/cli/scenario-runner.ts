import { BATCH_LIMIT, ParleyAnswer, ParleyClient, alreadyRecorded, asSingleAnswer } from './parley-client';

/** A replayable sequence of writes: what a newsroom would have posted, in order. */
export interface Scenario {
  readonly name: string;
  readonly track?: string;
  /** The source every step cites unless it names its own. */
  readonly source?: Record<string, unknown>;
  readonly steps: readonly { readonly post: string; readonly body: Record<string, unknown> }[];
}

export interface StepResult extends ParleyAnswer {
  readonly index: number;
}

/** What a run stored: steps newly accepted, steps Parley held already, and steps it refused. */
export interface ScenarioTally {
  readonly accepted: number;
  readonly alreadyRecorded: number;
  readonly refused: readonly StepResult[];
}

const DEVELOPMENTS = '/api/v1/developments';

/**
 * Posts the steps in order: a run of steps that record developments goes as one request to
 * POST /api/v1/developments/batch (each line decided as its single POST would be, in order), every other
 * step alone. Each carries an idempotency key made of the scenario's name and the step's place, so
 * replaying a scenario against the same Parley adds nothing.
 */
export async function runScenario(
  client: ParleyClient,
  scenario: Scenario,
  onStep: (result: StepResult) => void = () => undefined,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const bodyOf = (index: number) => ({ ...(scenario.source ? { source: scenario.source } : {}), ...scenario.steps[index].body });
  const keyOf = (index: number) => `scenario:${scenario.name}:${index + 1}`;
  const answered = (result: StepResult) => {
    results.push(result);
    onStep(result);
  };
  for (let index = 0; index < scenario.steps.length; ) {
    let end = index;
    while (end < scenario.steps.length && scenario.steps[end].post === DEVELOPMENTS && end - index < BATCH_LIMIT) end += 1;
    if (end === index) {
      answered({ index, ...(await client.post(scenario.steps[index].post, bodyOf(index), keyOf(index))) });
      index += 1;
      continue;
    }
    const steps = Array.from({ length: end - index }, (_, i) => index + i);
    const { status, body } = await client.postBatch(steps.map((step) => ({ ...bodyOf(step), idempotencyKey: keyOf(step) })));
    if (status !== 201) throw new Error(`steps ${index + 1} to ${end} were refused with ${status}: ${JSON.stringify(body)}`);
    for (const line of body.lines) answered({ index: steps[line.line - 1], ...asSingleAnswer(line) });
    index = end;
  }
  return results;
}

/** The highest log position the scenario's writes reached: what a read must wait for. */
export const lastPosition = (results: readonly StepResult[]): number =>
  Math.max(0, ...results.map((r) => (typeof r.body.position === 'number' ? r.body.position : 0)));

export function tally(results: readonly StepResult[]): ScenarioTally {
  const held = results.filter(alreadyRecorded).length;
  const refused = results.filter((r) => r.status >= 300 && !alreadyRecorded(r));
  return { accepted: results.length - held - refused.length, alreadyRecorded: held, refused };
}
