import { Module } from '@nestjs/common';
import { ReadModelReadersModule, ReadModelStoreModule } from '@parley/read-model-store';
import { ReadModelCache } from './read-model-cache';
import { LiveOrAsOf } from './live-or-as-of';

/** One cache per process: Nest makes one instance of a module's providers, however many modules import it. */
@Module({ imports: [ReadModelStoreModule, ReadModelReadersModule], providers: [ReadModelCache, LiveOrAsOf], exports: [LiveOrAsOf] })
export class ReadCacheModule {}
