import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParleyConfig } from '@parley/config';
import { dataSourceOptions } from './data-source-options';
import { openDatabase } from './open-database';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ParleyConfig],
      useFactory: (config: ParleyConfig) => dataSourceOptions(config),
      dataSourceFactory: (options) => openDatabase(options as ReturnType<typeof dataSourceOptions>),
    }),
  ],
})
export class DatabaseModule {}
