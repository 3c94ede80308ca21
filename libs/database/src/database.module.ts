import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParleyConfig } from '@parley/config';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ParleyConfig],
      useFactory: async (config: ParleyConfig) => {
        await ensureDatabase(config.database.url);
        return dataSourceOptions(config);
      },
    }),
  ],
})
export class DatabaseModule {}
