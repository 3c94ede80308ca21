import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { ReadTensionHttpController } from './read-tension/read-tension.http.controller';

@Module({ imports: [UseCaseModule], controllers: [ReadTensionHttpController] })
export class TensionModule {}
