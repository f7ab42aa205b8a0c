// Tables owned by the sessions service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
