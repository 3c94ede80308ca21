import { Module } from '@nestjs/common';
import { RebuildModule } from '@parley/replay';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller';

@Module({
  imports: [RebuildModule],
  controllers: [ListProjectionsHttpController, RebuildProjectionHttpController],
})
export class AdminModule {}
