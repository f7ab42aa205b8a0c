// Tables owned by the incidents service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';
