import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Tables owned by the incidents service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Issue reports (signalements, rules §7) about one candidate of a session. */
export const issueReports = pgTable(
  'issue_reports',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    candidateId: integer('candidate_id').notNull(),
    category: text('category').notNull(),
    subcategory: text('subcategory'),
    /** As typed, trimmed; never interpreted as HTML. */
    description: text('description'),
    questionNumber: smallint('question_number'),
    source: text('source', { enum: ['invigilator', 'centre', 'candidate_alert', 'fraud_report'] }).notNull(),
    recordedBy: integer('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    hasBeenAutomaticallyResolved: boolean('has_been_automatically_resolved').notNull().default(false),
    /** What the automatic resolution does to the candidate's test; set exactly when resolved automatically. */
    resolutionEffect: text('resolution_effect', { enum: ['neutralise', 'remark-ok', 'no-effect'] }),
    /** The challenge the automatic resolution looked at; null when the question number matched no answer. */
    resolutionChallengeId: text('resolution_challenge_id'),
    /** The jury member who resolved the report by hand. */
    resolvedBy: integer('resolved_by'),
  },
  (table) => [
    index('issue_reports_session_idx').on(table.sessionId, table.recordedAt),
    // An effect exactly on the reports resolved automatically: the jury service re-applies it before scoring.
    check(
      'issue_reports_effect_iff_automatic',
      sql`${table.hasBeenAutomaticallyResolved} = (${table.resolutionEffect} is not null and ${table.resolvedAt} is not null)`,
    ),
    check('issue_reports_effect_known', sql`${table.resolutionEffect} in ('neutralise', 'remark-ok', 'no-effect')`),
  ],
);

/** PV de fraude; its C6 report cannot be deleted while it exists. */
export const fraudReports = pgTable(
  'fraud_reports',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    candidateId: integer('candidate_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    description: text('description').notNull(),
    invigilatorName: text('invigilator_name').notNull(),
    recordedBy: integer('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    issueReportId: integer('issue_report_id')
      .notNull()
      .references(() => issueReports.id, { onDelete: 'restrict' }),
  },
  (table) => [index('fraud_reports_session_idx').on(table.sessionId, table.recordedAt)],
);

/** Evidence joined to a PV de fraude, kept in the database with the report (at most 5 × 2 MiB, 5 MiB in all). */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: serial('id').primaryKey(),
    fraudReportId: integer('fraud_report_id')
      .notNull()
      .references(() => fraudReports.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', {
      enum: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (table) => [index('evidence_files_fraud_report_idx').on(table.fraudReportId)],
);

/** "Signaler un problème" (rules §6.4): at most one ongoing alert per candidate, enforced by a partial index. */
export const candidateAlerts = pgTable(
  'candidate_alerts',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    candidateId: integer('candidate_id').notNull(),
    courseId: integer('course_id').notNull(),
    questionNumber: smallint('question_number').notNull(),
    challengeId: text('challenge_id').notNull(),
    status: text('status', { enum: ['ongoing', 'validated', 'dismissed'] }).notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by'),
    subcategory: text('subcategory'),
    issueReportId: integer('issue_report_id').references(() => issueReports.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('candidate_alerts_session_idx').on(table.sessionId, table.raisedAt),
    uniqueIndex('candidate_alerts_one_ongoing_idx')
      .on(table.sessionId, table.candidateId)
      .where(sql`${table.status} = 'ongoing'`),
  ],
);
