export * from './ensure-database';
export * from './data-source-options';
export * from './open-database';
export * from './database.module';
