// Tables owned by the jury service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
