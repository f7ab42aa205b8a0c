import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
