import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseHandle } from '@pix/platform';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type {
  NewUser,
  RefreshTokenRecord,
  RefreshTokenStore,
  ThrottleStore,
  UserRecord,
  UserStore,
} from '../../domain/identity.ports';
import type { ThrottleCounter } from '../../domain/login-throttle';
import * as schema from './schema';

type Database = DatabaseHandle<typeof schema>;

/** Postgres unique violation: the email or username is taken. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && typeof current === 'object' && current !== null; depth += 1) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

@Injectable()
export class DrizzleUserStore implements UserStore {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async findByLogin(login: string): Promise<UserRecord | null> {
    const normalized = login.trim().toLowerCase();
    const column = normalized.includes('@') ? schema.users.email : schema.users.username;
    const [row] = await this.database.db.select().from(schema.users).where(eq(column, normalized)).limit(1);
    return row ?? null;
  }

  async findById(id: number): Promise<UserRecord | null> {
    const [row] = await this.database.db.select().from(schema.users).where(eq(schema.users.id, id)).limit(1);
    return row ?? null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, email.trim().toLowerCase()))
      .limit(1);
    return row ?? null;
  }

  async create(user: NewUser, now: Date): Promise<UserRecord | null> {
    try {
      const [row] = await this.database.db
        .insert(schema.users)
        .values({
          ...user,
          email: user.email?.toLowerCase() ?? null,
          username: user.username?.toLowerCase() ?? null,
          createdAt: now,
        })
        .returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await this.database.db
      .update(schema.users)
      .set({ passwordHash, mustChangePassword })
      .where(eq(schema.users.id, userId));
  }

  async recordLogin(userId: number, now: Date): Promise<void> {
    await this.database.db.update(schema.users).set({ lastLoginAt: now }).where(eq(schema.users.id, userId));
  }

  async takenUsernames(candidates: readonly string[]): Promise<ReadonlySet<string>> {
    if (candidates.length === 0) return new Set();
    const rows = await this.database.db
      .select({ username: schema.users.username })
      .from(schema.users)
      .where(inArray(schema.users.username, [...candidates]));
    return new Set(rows.map((row) => row.username).filter((name): name is string => name !== null));
  }
}

@Injectable()
export class DrizzleRefreshTokenStore implements RefreshTokenStore {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async insert(token: Omit<RefreshTokenRecord, 'rotatedAt' | 'revokedAt'>, now: Date): Promise<void> {
    await this.database.db.insert(schema.refreshTokens).values({ ...token, createdAt: now });
  }

  async find(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.refreshTokens)
      .where(eq(schema.refreshTokens.tokenHash, tokenHash))
      .limit(1);
    return row ?? null;
  }

  async rotate(tokenHash: string, now: Date): Promise<boolean> {
    const rows = await this.database.db
      .update(schema.refreshTokens)
      .set({ rotatedAt: now })
      .where(and(eq(schema.refreshTokens.tokenHash, tokenHash), isNull(schema.refreshTokens.rotatedAt)))
      .returning({ tokenHash: schema.refreshTokens.tokenHash });
    return rows.length === 1;
  }

  async revokeFamily(familyId: string, now: Date): Promise<number> {
    const rows = await this.database.db
      .update(schema.refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(schema.refreshTokens.familyId, familyId), isNull(schema.refreshTokens.revokedAt)))
      .returning({ tokenHash: schema.refreshTokens.tokenHash });
    return rows.length;
  }

  async revokeAllOf(userId: number, now: Date): Promise<number> {
    const rows = await this.database.db
      .update(schema.refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(schema.refreshTokens.userId, userId), isNull(schema.refreshTokens.revokedAt)))
      .returning({ tokenHash: schema.refreshTokens.tokenHash });
    return rows.length;
  }
}

@Injectable()
export class DrizzleThrottleStore implements ThrottleStore {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async get(key: string): Promise<ThrottleCounter | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.loginThrottles)
      .where(eq(schema.loginThrottles.key, key))
      .limit(1);
    return row ?? null;
  }

  async put(key: string, counter: ThrottleCounter): Promise<void> {
    await this.database.db
      .insert(schema.loginThrottles)
      .values({ key, ...counter })
      .onConflictDoUpdate({ target: schema.loginThrottles.key, set: { ...counter } });
  }

  async clear(key: string): Promise<void> {
    await this.database.db.delete(schema.loginThrottles).where(eq(schema.loginThrottles.key, key));
  }
}
