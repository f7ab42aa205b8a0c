// Drizzle tables every service database holds; a narrow entry point so drizzle-kit loads no Nest code.
export { outboxEvents, processedEvents } from './lib/persistence/outbox.schema';
