export * from './lib/errors';
export * from './lib/health';
export * from './lib/message-map';
export * from './lib/services';
export * from './lib/subjects';
export * from './lib/sessions/sessions.errors';
export * from './lib/sessions/sessions.messages';
