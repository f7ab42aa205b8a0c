import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

// Tables owned by the sessions service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

export const sessions = pgTable(
  'sessions',
  {
    /** The session number printed on every document. */
    id: serial('id').primaryKey(),
    certificationCenterId: integer('certification_center_id').notNull(),
    certificationCenterName: text('certification_center_name').notNull(),
    certificationCenterType: text('certification_center_type', { enum: ['SCO', 'SUP', 'PRO'] })
      .notNull()
      .default('SCO'),
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
    /** Set at finalisation (rules §8); kept after an unfinalisation to pre-fill the form. */
    finalizedBy: integer('finalized_by'),
    /** How many times the session was finalised: (id, finalization) names one finalisation for the jury. */
    finalization: integer('finalization').notNull().default(0),
    examinerGlobalComment: text('examiner_global_comment'),
    hasIncident: boolean('has_incident').notNull().default(false),
    hasJoiningIssue: boolean('has_joining_issue').notNull().default(false),
  },
  (table) => [index('sessions_certification_center_id_idx').on(table.certificationCenterId, table.date)],
);

/** Candidates enrolled in a session (rules §3.1). */
export const candidates = pgTable(
  'candidates',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Normalised first name + last name + birthdate: one per session. */
    identityKey: text('identity_key').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    birthdate: date('birthdate', { mode: 'string' }).notNull(),
    birthCountry: text('birth_country').notNull(),
    birthInseeCode: text('birth_insee_code'),
    birthPostalCode: text('birth_postal_code'),
    birthCity: text('birth_city').notNull(),
    externalId: text('external_id'),
    division: text('division'),
    pupilId: integer('pupil_id'),
    email: text('email'),
    resultRecipientEmail: text('result_recipient_email'),
    /** Decimal fraction: 0.30 = 30 %. */
    extraTimePercentage: numeric('extra_time_percentage', { precision: 5, scale: 2, mode: 'number' }),
    billingMode: text('billing_mode', { enum: ['FREE', 'PAID', 'PREPAID'] }),
    prepaymentCode: text('prepayment_code'),
    userId: integer('user_id'),
    reconciledAt: timestamp('reconciled_at', { withTimezone: true }),
    authorizedToStart: boolean('authorized_to_start').notNull().default(false),
    /** Set when the candidate's test starts: from then on the session cannot be deleted. */
    startedAt: timestamp('started_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('candidates_session_identity_key').on(table.sessionId, table.identityKey),
    index('candidates_session_idx').on(table.sessionId),
  ],
);

/** Certification window per centre type and school year: planning outside it is warned about. */
export const certificationWindows = pgTable(
  'certification_windows',
  {
    centreType: text('centre_type', { enum: ['SCO', 'SUP', 'PRO'] }).notNull(),
    schoolYear: text('school_year').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.centreType, table.schoolYear] })],
);

/** Each successful invigilator sign-in (rules §6.2 `supervisor-access`): who may watch the session. */
export const invigilatorAccesses = pgTable(
  'invigilator_accesses',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.userId] })],
);

/** Failed session-password attempts per (session, IP), per session and per IP, in fixed windows. */
export const invigilatorThrottles = pgTable('invigilator_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/** Every invigilator action, with who and when (rules §6.2): presence confirmed or withdrawn, resume, end. */
export const invigilatorActions = pgTable(
  'invigilator_actions',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id').notNull(),
    action: text('action', {
      enum: ['confirm_presence', 'withdraw_presence', 'authorize_resume', 'end_test'],
    }).notNull(),
    invigilatorUserId: integer('invigilator_user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [index('invigilator_actions_session_idx').on(table.sessionId, table.at)],
);

/**
 * What the centre wrote about each started test at finalisation (rules §8 `CertificationReport`). Kept after an
 * unfinalisation, replaced by the next finalisation.
 */
export const certificationReports = pgTable(
  'certification_reports',
  {
    candidateId: integer('candidate_id')
      .primaryKey()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    examinerComment: text('examiner_comment'),
    abortReason: text('abort_reason', { enum: ['candidate', 'technical'] }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('certification_reports_session_idx').on(table.sessionId),
    check('certification_reports_abort_reason_check', sql`${table.abortReason} in ('candidate', 'technical')`),
  ],
);
