import { Injectable } from '@nestjs/common';
import { Decider, ParleyEvent, RecordedEvent } from '@parley/domain';
import AsyncLock from 'async-lock';
import { AppendOptions, AppendResult, EventStore } from './event-store';
import { StreamVersionConflict } from './errors';


export interface RunOptions extends AppendOptions {
  /** The version the client saw; without it the command applies to whatever the stream holds now. */
  readonly expectedVersion?: number;
  /**
   * The stream is most likely new (the id of a development just reported): decide on an empty history
   * without reading it; if the store finds the stream exists after all, the retry reads it. Ignored
   * when the client pinned a version.
   */
  readonly likelyNew?: boolean;
}

export interface CommandOutcome<E> extends AppendResult {
  readonly events: E[];
}

/** How often a command without expectedVersion re-reads and decides again after another writer won. */
const MAX_ATTEMPTS = 10;

/**
 * Load, decide, append. Commands on one stream queue behind each other in this process, so a burst
 * on one negotiation track needs no retries; a writer in another process is caught by the store's
 * version check and, when the client pinned no version, the command is simply decided again.
 */
@Injectable()
export class CommandRunner {
  private readonly streams = new AsyncLock({ maxPending: 100_000 });

  constructor(private readonly store: EventStore) {}

  run<C, E extends ParleyEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    options: RunOptions,
  ): Promise<CommandOutcome<E>> {
    return this.streams.acquire(streamId, () => this.attempt(streamId, decider, command, options, 1));
  }

  private async attempt<C, E extends ParleyEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    options: RunOptions,
    attempt: number,
  ): Promise<CommandOutcome<E>> {
    const assumeEmpty = options.likelyNew && attempt === 1 && options.expectedVersion === undefined;
    const history = (assumeEmpty ? [] : await this.store.readStream(streamId)) as RecordedEvent<E>[];
    const version = history.at(-1)?.streamVersion ?? 0;
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new StreamVersionConflict(streamId, options.expectedVersion, version);
    }
    const events = decider.decide(command, history.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState()));
    try {
      return { ...(await this.store.append(streamId, version, events, options)), events };
    } catch (error) {
      const retry = error instanceof StreamVersionConflict && options.expectedVersion === undefined && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
      return this.attempt(streamId, decider, command, options, attempt + 1);
    }
  }
}
