// Tables owned by the identity service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
