import { STANCE_CAMEO, Stance, StatementRecorded, cameoOf } from '@parley/domain';
import { randomUUID } from 'node:crypto';
import { Parties, statementBody } from './bodies';

type Body = Omit<StatementRecorded['data'], 'developmentId' | 'person' | 'cameo'>;

/** A StatementRecorded event as RecordStatement decides it from a random benchmark body (of these parties, if given). */
export function statementEvent(parties?: Parties): StatementRecorded {
  const body = statementBody(parties) as Body;
  return {
    type: 'StatementRecorded',
    data: { developmentId: randomUUID(), ...body, person: null, cameo: cameoOf(STANCE_CAMEO[body.stance as Stance]) },
    occurredAt: body.madeAt,
  };
}

/** Metadata as an HTTP write records it. */
export const writeMetadata = () => ({
  correlationId: randomUUID(),
  causationId: randomUUID(),
  writtenBy: 'key:0123456789ab',
  source: { publisher: 'Newswire', publishedAt: '2025-07-01T00:00:00.000Z' },
});
