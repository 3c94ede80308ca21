import { Module } from '@nestjs/common';
import { ReadCacheModule } from '../read-cache/read-cache.module';
import { UseCaseModule } from '../write/use-case.module';
import { ReadTensionHttpController } from './read-tension/read-tension.http.controller';

@Module({ imports: [UseCaseModule, ReadCacheModule], controllers: [ReadTensionHttpController] })
export class TensionModule {}
