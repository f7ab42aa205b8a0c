import { authConfigShape, refuseDevelopmentSecretInProduction, serviceConfigSchema } from '@pix/platform';
import { z } from 'zod';

const seconds = (defaultValue: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(defaultValue);

/**
 * The identity service's own variables, on top of every service's.
 * Timeouts (documented in .env.example and the README of this app):
 * - access token: 15 min, verified by the gateway without asking identity;
 * - refresh token: rotated at each use; dies after 2 h without use (inactivity) and 12 h after sign-in (absolute);
 * - invitation link: 7 days, single use.
 */
export const identityConfigSchema = serviceConfigSchema
  .extend({
    ...authConfigShape,
    REFRESH_IDLE_TIMEOUT_SECONDS: seconds(2 * 3600, 60, 7 * 86_400),
    REFRESH_ABSOLUTE_TIMEOUT_SECONDS: seconds(12 * 3600, 60, 30 * 86_400),
    INVITATION_TTL_SECONDS: seconds(7 * 86_400, 60, 60 * 86_400),
    /** argon2id memory in KiB: OWASP's minimum for argon2id is 19 MiB with 2 passes. */
    PASSWORD_HASH_MEMORY_KIB: seconds(19_456, 1024, 1_048_576),
    /** Hashes computed at once (default: one per core); the others wait in line. */
    PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    /** Longest wait in that line before SIGN_IN_BUSY; well under the gateway's NATS timeout (5 s). */
    PASSWORD_HASH_MAX_WAIT_MS: seconds(2000, 100, 30_000),
    /** First national administrator, created at boot when no account has this email (fresh install, demo). */
    BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
    BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8).max(128).optional(),
  })
  .superRefine(refuseDevelopmentSecretInProduction);

export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
