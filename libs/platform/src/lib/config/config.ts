import { z } from 'zod';

/** Raised at boot when the environment is wrong; lists every bad variable at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const integer = (defaultValue: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(defaultValue);

const natsUrl = z
  .string()
  .regex(
    /^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/,
    'expected nats://host:port (comma-separated for a cluster)',
  );

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'expected postgres://user:password@host:port/database')
  .optional();

/** Variables every process reads. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APP_VERSION: z.string().min(1).default('0.1.0'),
  NATS_URL: natsUrl.default('nats://127.0.0.1:4222'),
  NATS_REQUEST_TIMEOUT_MS: integer(5000, 50, 120_000),
});

/** Variables of the six services: a database each. */
export const serviceConfigSchema = baseConfigSchema.extend({
  DATABASE_URL: postgresUrl,
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_POOL_SIZE: integer(10, 1, 100),
});

/** Development-only signing secret: refused when NODE_ENV=production. */
export const DEVELOPMENT_TOKEN_SECRET = 'development-only-token-secret-never-use-in-production';

/** Variables of the processes that sign (identity) or verify (gateway) access tokens. */
export const authConfigShape = {
  AUTH_TOKEN_SECRET: z
    .string()
    .min(32, 'expected at least 32 characters (e.g. `openssl rand -base64 48`)')
    .default(DEVELOPMENT_TOKEN_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: integer(900, 30, 3600),
};

/** A production process must not run with the development secret. */
export function refuseDevelopmentSecretInProduction(
  config: { NODE_ENV: string; AUTH_TOKEN_SECRET: string },
  context: z.RefinementCtx,
): void {
  if (config.NODE_ENV === 'production' && config.AUTH_TOKEN_SECRET === DEVELOPMENT_TOKEN_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['AUTH_TOKEN_SECRET'],
      message: 'required in production (the development default is public)',
    });
  }
}

/** Variables of the HTTP gateway. */
export const gatewayConfigSchema = baseConfigSchema
  .extend({
    ...authConfigShape,
    GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_PORT: integer(3000, 1, 65_535),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin.length > 0),
      )
      .pipe(z.array(z.url())),
    // Per client address and window. A school's candidates reach us through one public address (NAT): 300 pupils
    // answering at once make ~10 requests/s, bursts more; the default leaves room for that.
    RATE_LIMIT_MAX: integer(6000, 1, 1_000_000),
    RATE_LIMIT_WINDOW_MS: integer(60_000, 1000, 3_600_000),
    /** Public certificate lookups per IP and window: codes must not be guessed by brute force. */
    VERIFICATION_RATE_LIMIT_MAX: integer(30, 1, 100_000),
    VERIFICATION_RATE_LIMIT_WINDOW_MS: integer(60_000, 1000, 3_600_000),
    BODY_LIMIT_BYTES: integer(1_048_576, 1024, 50 * 1_048_576),
    HEALTH_TIMEOUT_MS: integer(1500, 50, 10_000),
    CONSOLE_DIR: z.string().min(1).default('dist/apps/console/browser'),
    UPLOAD_LIMIT_BYTES: integer(5 * 1_048_576, 1024, 50 * 1_048_576),
  })
  .superRefine(refuseDevelopmentSecretInProduction);

export type BaseConfig = z.infer<typeof baseConfigSchema>;
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/**
 * The one place that reads the environment. Empty strings count as unset, so that
 * `FOO=` in an env file falls back to the default instead of failing.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.length > 0 ? issue.path.join('.') : '(environment)';
    const received = cleaned[String(issue.path[0])];
    const shown = received === undefined ? 'unset' : JSON.stringify(received);
    return `${variable}: ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(problems);
}
