// Tables owned by the testing service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
