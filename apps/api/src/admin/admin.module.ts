import { Module } from '@nestjs/common';
import { RebuildModule, RebuildOutdatedModule } from '@parley/replay';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller';

@Module({
  imports: [RebuildModule, RebuildOutdatedModule],
  controllers: [ListProjectionsHttpController, RebuildProjectionHttpController],
})
export class AdminModule {}
