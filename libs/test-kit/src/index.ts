export * from './lib/nats-server';
export * from './lib/ports';
export * from './lib/postgres-server';
export * from './lib/processes';
export * from './lib/nats-responders';
