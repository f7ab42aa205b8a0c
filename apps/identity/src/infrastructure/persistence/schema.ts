import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Tables owned by the identity service. No other service reads them.
export { outboxEvents, processedEvents } from '@pix/platform/schema';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Lower-cased; null for pupils who only have a username. */
    email: text('email'),
    /** Lower-cased; pupils sign in with it. */
    username: text('username'),
    passwordHash: text('password_hash').notNull(),
    staffRole: text('staff_role', { enum: ['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER'] }),
    /** Set for a temporary password handed out by a centre admin. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('users_email_key')
      .on(table.email)
      .where(sql`${table.email} is not null`),
    uniqueIndex('users_username_key')
      .on(table.username)
      .where(sql`${table.username} is not null`),
  ],
);

/** Rotating refresh tokens, stored hashed. A family starts at login; reusing a rotated token revokes it. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    familyId: uuid('family_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Inactivity timeout: pushed back at each rotation. */
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    /** Absolute timeout: fixed at login for the whole family. */
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('refresh_tokens_family_idx').on(table.familyId)],
);

/** Failed-login counters per (account, IP) and per IP, in fixed windows. */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

export const centres = pgTable(
  'certification_centres',
  {
    id: serial('id').primaryKey(),
    type: text('type', { enum: ['SCO', 'SUP', 'PRO'] }).notNull(),
    name: text('name').notNull(),
    uai: text('uai'),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('certification_centres_uai_key')
      .on(table.uai)
      .where(sql`${table.uai} is not null`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['ADMIN', 'MEMBER'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.centreId, table.userId] }), index('memberships_user_idx').on(table.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    email: text('email').notNull(),
    role: text('role', { enum: ['ADMIN', 'MEMBER'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: integer('invited_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('invitations_token_hash_key').on(table.tokenHash)],
);

/** Pupils of a SCO centre, from the school's pupil base. Never deleted: pupils who left become inactive. */
export const pupils = pgTable(
  'pupils',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    nationalId: text('national_id').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    birthdate: date('birthdate', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    division: text('division').notNull(),
    birthCountry: text('birth_country').notNull(),
    birthInseeCode: text('birth_insee_code'),
    birthCity: text('birth_city').notNull(),
    active: boolean('active').notNull().default(true),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('pupils_centre_national_id_key').on(table.centreId, table.nationalId),
    index('pupils_centre_division_idx').on(table.centreId, table.division),
    uniqueIndex('pupils_user_key')
      .on(table.centreId, table.userId)
      .where(sql`${table.userId} is not null`),
  ],
);
