export * from './kafka';
export * from './outbox-relay';
export * from './relay-producer';
export * from './projector';
export * from './messaging.module';
export * from './kafka-probe';
export * from './dead-letters';
export * from './topic-history';
