import { Module } from '@nestjs/common';
import { ReplayModule } from '@parley/replay';
import { ApiKeyGuard } from '../http/api-key.guard';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller';

@Module({
  imports: [ReplayModule],
  controllers: [ListProjectionsHttpController, RebuildProjectionHttpController],
  providers: [ApiKeyGuard],
})
export class AdminModule {}
