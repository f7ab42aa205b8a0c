// Tables owned by the documents service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
