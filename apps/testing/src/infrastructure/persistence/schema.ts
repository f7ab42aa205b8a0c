import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Tables owned by the testing service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

/**
 * Knowledge elements imported from the positioning platform. Never updated: a new attempt is a new row.
 * The primary key (user, skill, creation date) is the identity that makes a re-sent element a no-op; scanned
 * backwards it also serves "the latest element of each skill of these users" (DISTINCT ON).
 */
export const knowledgeElements = pgTable(
  'knowledge_elements',
  {
    userId: integer('user_id').notNull(),
    /** `1.1` to `5.2` */
    competence: text('competence').notNull(),
    /** e.g. `@requeteWeb3` */
    skill: text('skill').notNull(),
    status: text('status', { enum: ['validated', 'invalidated'] }).notNull(),
    challengeId: text('challenge_id'),
    earnedPix: doublePrecision('earned_pix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'knowledge_elements_pkey', columns: [table.userId, table.skill, table.createdAt] }),
    index('knowledge_elements_user_id_created_at_idx').on(table.userId, table.createdAt),
    check('knowledge_elements_status_check', sql`${table.status} in ('validated', 'invalidated')`),
    check('knowledge_elements_earned_pix_check', sql`${table.earnedPix} >= 0`),
  ],
);

/**
 * A candidate's certification test: one per candidate of a session, created at the first start with its questions
 * (rules §5, §6.1). Locked (`FOR UPDATE`) while an answer is recorded, so two tabs answering at once are serialised.
 */
export const certificationCourses = pgTable(
  'certification_courses',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id').notNull(),
    candidateId: integer('candidate_id').notNull().unique('certification_courses_candidate_id_key'),
    userId: integer('user_id').notNull(),
    state: text('state', {
      enum: ['started', 'completed', 'ended_by_invigilator', 'ended_due_to_finalization'],
    }).notNull(),
    /** `P-` + 8 characters (rules §11). */
    verificationCode: text('verification_code').notNull().unique('certification_courses_verification_code_key'),
    profileDate: timestamp('profile_date', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: integer('ended_by'),
    /** Set when the session's finalisation ends an unfinished test (rules §8): `candidate` or `technical`. */
    abortReason: text('abort_reason', { enum: ['candidate', 'technical'] }),
  },
  (table) => [
    index('certification_courses_session_id_idx').on(table.sessionId),
    check(
      'certification_courses_state_check',
      sql`${table.state} in ('started', 'completed', 'ended_by_invigilator', 'ended_due_to_finalization')`,
    ),
    check('certification_courses_abort_reason_check', sql`${table.abortReason} in ('candidate', 'technical')`),
  ],
);

/** The questions of a test, in the order they are asked. */
export const certificationChallenges = pgTable(
  'certification_challenges',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => certificationCourses.id),
    /** 1-based */
    number: integer('number').notNull(),
    challengeId: text('challenge_id').notNull(),
    competence: text('competence').notNull(),
    skill: text('skill').notNull(),
    tube: text('tube').notNull(),
    level: integer('level').notNull(),
  },
  (table) => [
    primaryKey({ name: 'certification_challenges_pkey', columns: [table.courseId, table.number] }),
    uniqueIndex('certification_challenges_course_challenge_key').on(table.courseId, table.challengeId),
  ],
);

/**
 * The candidate's answers, never updated. The primary key (course, question number) is what makes a second answer
 * to the same question impossible, whatever the application does.
 */
export const certificationAnswers = pgTable(
  'certification_answers',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => certificationCourses.id),
    questionNumber: integer('question_number').notNull(),
    challengeId: text('challenge_id').notNull(),
    /** QCU number, QCM numbers, free-text fields by key, or `"#ABAND#"`. */
    value: jsonb('value').notNull(),
    status: text('status').notNull(),
    focusedOut: boolean('focused_out').notNull(),
    timedOut: boolean('timed_out').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'certification_answers_pkey', columns: [table.courseId, table.questionNumber] }),
    uniqueIndex('certification_answers_course_challenge_key').on(table.courseId, table.challengeId),
    check(
      'certification_answers_status_check',
      sql`${table.status} in ('ok', 'ko', 'partially', 'aband', 'timedout', 'focusedOut')`,
    ),
  ],
);
