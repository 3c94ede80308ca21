import { Injectable } from '@nestjs/common';
import { Clocks, ReadModelReaders } from '@parley/read-model-store';
import { DocumentReader } from '@parley/read-models';
import { ReadModelCache } from './read-model-cache';

/** Where a cached query reads: the live read models through the cache, or, given a clock, as of that moment. */
@Injectable()
export class LiveOrAsOf {
  constructor(
    private readonly readers: ReadModelReaders,
    private readonly cache: ReadModelCache,
  ) {}

  at(clocks: Clocks & { minPosition?: number }): Promise<DocumentReader> {
    return clocks.asOf || clocks.knownAt ? this.readers.at(clocks) : Promise.resolve(this.cache.reader(clocks.minPosition));
  }
}
