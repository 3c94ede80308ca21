export * from './ensure-database';
export * from './data-source-options';
export * from './database.module';
