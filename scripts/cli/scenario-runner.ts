import { ParleyAnswer, ParleyClient, alreadyRecorded } from './parley-client';

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

/**
 * Posts each step in order. Each carries an Idempotency-Key made of the scenario's name and the step's
 * place, so replaying a scenario against the same Parley adds nothing.
 */
export async function runScenario(
  client: ParleyClient,
  scenario: Scenario,
  onStep: (result: StepResult) => void = () => undefined,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    const body = { ...(scenario.source ? { source: scenario.source } : {}), ...step.body };
    const result = { index, ...(await client.post(step.post, body, `scenario:${scenario.name}:${index + 1}`)) };
    results.push(result);
    onStep(result);
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
