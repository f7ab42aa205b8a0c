import { date, index, integer, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';

// Tables owned by the sessions service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

export const sessions = pgTable(
  'sessions',
  {
    /** The session number printed on every document. */
    id: serial('id').primaryKey(),
    certificationCenterId: integer('certification_center_id').notNull(),
    certificationCenterName: text('certification_center_name').notNull(),
    address: text('address').notNull(),
    room: text('room').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    time: text('time').notNull(),
    examiner: text('examiner').notNull(),
    description: text('description'),
    accessCode: text('access_code').notNull(),
    invigilatorPassword: text('invigilator_password').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    assignedCertificationOfficerId: integer('assigned_certification_officer_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: smallint('version').notNull().default(2),
  },
  (table) => [index('sessions_certification_center_id_idx').on(table.certificationCenterId, table.date)],
);
