import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tables owned by the documents service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A merged PDF of a published session's attestations (optionally one class), generated in the background.
 * `claimed_by` / `heartbeat_at` form a lease: a batch whose worker stopped beating is taken over (resumed).
 */
export const attestationBatches = pgTable(
  'attestation_batches',
  {
    id: uuid('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    certificationCenterId: integer('certification_center_id').notNull(),
    division: text('division'),
    requestedBy: integer('requested_by').notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    /** Null until the jury service told how many attestations there are. */
    total: integer('total'),
    done: integer('done').notNull().default(0),
    fileName: text('file_name'),
    /** The merged PDF, once done. */
    file: bytea('file'),
    sizeBytes: integer('size_bytes'),
    error: text('error'),
    /** Failed attempts in a row (jury unreachable, Chromium down); the batch fails after a few. */
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('attestation_batches_pending_idx')
      .on(table.createdAt)
      .where(sql`${table.status} in ('queued', 'running')`),
    index('attestation_batches_centre_idx').on(table.certificationCenterId, table.sessionId),
  ],
);

/** One rendered attestation of a batch, at its place in the jury's order; its PDF is dropped once merged. */
export const attestationBatchItems = pgTable(
  'attestation_batch_items',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => attestationBatches.id, { onDelete: 'cascade' }),
    certificationId: integer('certification_id').notNull(),
    position: integer('position').notNull(),
    pageCount: integer('page_count').notNull(),
    pdf: bytea('pdf'),
    renderedAt: timestamp('rendered_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.batchId, table.certificationId] })],
);
