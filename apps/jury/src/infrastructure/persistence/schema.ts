import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Tables owned by the jury service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

/** A finalised session as the jury sees it (copied from the `session-finalized` event, then the jury's own state). */
export const jurySessions = pgTable(
  'jury_sessions',
  {
    sessionId: integer('session_id').primaryKey(),
    /** The finalisation this row comes from: 1, then +1 after each unfinalisation. */
    finalization: integer('finalization').notNull(),
    certificationCenterId: integer('certification_center_id').notNull(),
    certificationCenterName: text('certification_center_name').notNull(),
    certificationCenterType: text('certification_center_type').notNull(),
    address: text('address').notNull(),
    room: text('room').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    time: text('time').notNull(),
    examiner: text('examiner').notNull(),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }).notNull(),
    finalizedBy: integer('finalized_by').notNull(),
    examinerGlobalComment: text('examiner_global_comment'),
    hasIncident: boolean('has_incident').notNull(),
    hasJoiningIssue: boolean('has_joining_issue').notNull(),
    /** Set by "unfinalise": the session left the jury's lists until the centre finalises it again. */
    unfinalizedAt: timestamp('unfinalized_at', { withTimezone: true }),
    autoJuryDoneAt: timestamp('auto_jury_done_at', { withTimezone: true }),
    unresolvedImpactfulReportCount: integer('unresolved_impactful_report_count').notNull().default(0),
    assignedToUserId: integer('assigned_to_user_id'),
    assignedToName: text('assigned_to_name'),
    juryComment: text('jury_comment'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [index('jury_sessions_lists_idx').on(table.publishedAt, table.finalizedAt)],
);

/** One certification per started test; its id is the testing course id (the certification number). */
export const certifications = pgTable(
  'certifications',
  {
    id: integer('id').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => jurySessions.sessionId, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id').notNull(),
    userId: integer('user_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    birthdate: date('birthdate', { mode: 'string' }).notNull(),
    birthCity: text('birth_city').notNull(),
    birthCountry: text('birth_country').notNull(),
    birthInseeCode: text('birth_insee_code'),
    birthPostalCode: text('birth_postal_code'),
    externalId: text('external_id'),
    division: text('division'),
    examinerComment: text('examiner_comment'),
    abortReason: text('abort_reason', { enum: ['candidate', 'technical'] }),
    courseState: text('course_state').notNull(),
    verificationCode: text('verification_code').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    profileDate: timestamp('profile_date', { withTimezone: true }).notNull(),
    maxReachableLevel: smallint('max_reachable_level').notNull(),
    /** The certifiable competences of the profile: `[{code, estimatedLevel, pixScore}]`. */
    competences: jsonb('competences').notNull(),
    isCancelled: boolean('is_cancelled').notNull().default(false),
    isRejectedForFraud: boolean('is_rejected_for_fraud').notNull().default(false),
    commentForCandidate: text('comment_for_candidate'),
    commentForOrganization: text('comment_for_organization'),
    commentByJury: text('comment_by_jury'),
  },
  (table) => [
    index('certifications_session_idx').on(table.sessionId),
    index('certifications_user_idx').on(table.userId),
    uniqueIndex('certifications_verification_code_key').on(table.verificationCode),
  ],
);

/** The challenges of a certification with what finalisation, issue reports and the jury decided about each. */
export const certificationChallenges = pgTable(
  'certification_challenges',
  {
    certificationId: integer('certification_id')
      .notNull()
      .references(() => certifications.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    challengeId: text('challenge_id').notNull(),
    competence: text('competence').notNull(),
    type: text('type').notNull(),
    flags: jsonb('flags').notNull(),
    /** ok, ko, partially, aband, timedout, focusedOut; null if never answered. */
    answerStatus: text('answer_status'),
    /** technical-abort, issue-report or jury; null when not neutralised. */
    neutralizedBy: text('neutralized_by', { enum: ['technical-abort', 'issue-report', 'jury'] }),
    autoSkipped: boolean('auto_skipped').notNull().default(false),
    remarkedOk: boolean('remarked_ok').notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.certificationId, table.challengeId] })],
);

/** Every scoring or jury result, appended, never overwritten: the latest one wins (rules §9). */
export const certificationResults = pgTable(
  'certification_results',
  {
    id: serial('id').primaryKey(),
    certificationId: integer('certification_id')
      .notNull()
      .references(() => certifications.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['validated', 'rejected', 'cancelled', 'error'] }).notNull(),
    pixScore: integer('pix_score').notNull(),
    reproducibilityRate: smallint('reproducibility_rate'),
    competenceMarks: jsonb('competence_marks').notNull(),
    commentKey: text('comment_key'),
    emitter: text('emitter', { enum: ['PIX-ALGO', 'Jury Pix', 'PIX-ALGO-FRAUD-REJECTION'] }).notNull(),
    juryUserId: integer('jury_user_id'),
    errorMessage: text('error_message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('certification_results_latest_idx').on(table.certificationId, table.id)],
);

/** Every jury action: who, when, what, before and after. */
export const juryAudit = pgTable(
  'jury_audit',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    certificationId: integer('certification_id'),
    action: text('action').notNull(),
    userId: integer('user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (table) => [index('jury_audit_session_idx').on(table.sessionId, table.id)],
);
