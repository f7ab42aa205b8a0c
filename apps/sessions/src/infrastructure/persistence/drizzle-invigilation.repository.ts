import { Inject, Injectable } from '@nestjs/common';
import type { CandidateChanged } from '@pix/contracts';
import type { ThrottleCounter } from '@pix/kernel';
import { DATABASE, type DatabaseHandle, enqueueEvent, type PendingEvent } from '@pix/platform';
import { and, eq } from 'drizzle-orm';
import type { InvigilationRepository, InvigilatorAction } from '../../domain/invigilation.repository';
import * as schema from './schema';

@Injectable()
export class DrizzleInvigilationRepository implements InvigilationRepository {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async recordAccess(sessionId: number, userId: number, now: Date): Promise<void> {
    await this.database.db
      .insert(schema.invigilatorAccesses)
      .values({ sessionId, userId, firstAt: now, lastAt: now })
      .onConflictDoUpdate({
        target: [schema.invigilatorAccesses.sessionId, schema.invigilatorAccesses.userId],
        set: { lastAt: now },
      });
  }

  async hasAccess(sessionId: number, userId: number): Promise<boolean> {
    const [row] = await this.database.db
      .select({ sessionId: schema.invigilatorAccesses.sessionId })
      .from(schema.invigilatorAccesses)
      .where(and(eq(schema.invigilatorAccesses.sessionId, sessionId), eq(schema.invigilatorAccesses.userId, userId)))
      .limit(1);
    return row !== undefined;
  }

  async throttle(key: string): Promise<ThrottleCounter | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.invigilatorThrottles)
      .where(eq(schema.invigilatorThrottles.key, key))
      .limit(1);
    return row ?? null;
  }

  async saveThrottle(key: string, counter: ThrottleCounter): Promise<void> {
    await this.database.db
      .insert(schema.invigilatorThrottles)
      .values({ key, ...counter })
      .onConflictDoUpdate({ target: schema.invigilatorThrottles.key, set: { ...counter } });
  }

  async setAuthorization(
    action: InvigilatorAction,
    authorized: boolean,
    event: PendingEvent<CandidateChanged>,
  ): Promise<boolean> {
    return this.database.db.transaction(async (tx) => {
      const rows = await tx
        .update(schema.candidates)
        .set({ authorizedToStart: authorized })
        .where(and(eq(schema.candidates.sessionId, action.sessionId), eq(schema.candidates.id, action.candidateId)))
        .returning({ id: schema.candidates.id });
      if (rows.length === 0) return false;
      await tx.insert(schema.invigilatorActions).values(action);
      await enqueueEvent(tx, event);
      return true;
    });
  }

  async recordAction(action: InvigilatorAction, event: PendingEvent<CandidateChanged>): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx.insert(schema.invigilatorActions).values(action);
      await enqueueEvent(tx, event);
    });
  }
}
