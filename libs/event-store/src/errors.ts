/** The stream moved on since the command read it; the writer must re-read and decide again. */
export class StreamVersionConflict extends Error {
  override readonly name = 'StreamVersionConflict';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(
      actualVersion === null
        ? `stream ${streamId} moved past version ${expectedVersion} while the command was being decided`
        : `stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}`,
    );
  }
}

/** Another request with the same Idempotency-Key committed first. */
export class IdempotencyKeyTaken extends Error {
  override readonly name = 'IdempotencyKeyTaken';
  constructor(readonly key: string) {
    super(`idempotency key ${key} was taken by a concurrent request`);
  }
}

/** appendMany stored nothing: these appends (by index) were refused, each with its own error. */
export class AppendsRefused extends Error {
  override readonly name = 'AppendsRefused';
  constructor(readonly refused: ReadonlyMap<number, StreamVersionConflict | IdempotencyKeyTaken>) {
    super(`${refused.size} of the appends were refused; none was stored`);
  }
}
