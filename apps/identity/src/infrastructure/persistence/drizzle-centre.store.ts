import { Inject, Injectable } from '@nestjs/common';
import type { CentreRole, CentreView, MemberView, MembershipView } from '@pix/contracts';
import { DATABASE, type DatabaseHandle } from '@pix/platform';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CentreStore, InvitationRecord, NewCentre } from '../../domain/identity.ports';
import { isUniqueViolation } from './drizzle-account.store';
import * as schema from './schema';

type CentreRow = typeof schema.centres.$inferSelect;

function toCentreView(row: CentreRow): CentreView {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    uai: row.uai,
    address: { street: row.street, postalCode: row.postalCode, city: row.city },
    createdAt: row.createdAt.toISOString(),
  };
}

@Injectable()
export class DrizzleCentreStore implements CentreStore {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async create(centre: NewCentre, now: Date): Promise<CentreView | null> {
    try {
      const [row] = await this.database.db
        .insert(schema.centres)
        .values({
          type: centre.type,
          name: centre.name,
          uai: centre.uai,
          street: centre.address.street,
          postalCode: centre.address.postalCode,
          city: centre.address.city,
          createdBy: centre.createdBy,
          createdAt: now,
        })
        .returning();
      return row === undefined ? null : toCentreView(row);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async findById(centreId: number): Promise<CentreView | null> {
    const [row] = await this.database.db.select().from(schema.centres).where(eq(schema.centres.id, centreId)).limit(1);
    return row === undefined ? null : toCentreView(row);
  }

  async list(centreIds?: readonly number[]): Promise<CentreView[]> {
    if (centreIds !== undefined && centreIds.length === 0) return [];
    const query = this.database.db.select().from(schema.centres);
    const rows = await (
      centreIds === undefined ? query : query.where(inArray(schema.centres.id, [...centreIds]))
    ).orderBy(asc(schema.centres.name), asc(schema.centres.id));
    return rows.map(toCentreView);
  }

  async membershipsOf(userId: number): Promise<MembershipView[]> {
    const rows = await this.database.db
      .select({
        centreId: schema.memberships.centreId,
        centreName: schema.centres.name,
        centreType: schema.centres.type,
        role: schema.memberships.role,
      })
      .from(schema.memberships)
      .innerJoin(schema.centres, eq(schema.centres.id, schema.memberships.centreId))
      .where(eq(schema.memberships.userId, userId))
      .orderBy(asc(schema.centres.name));
    return rows;
  }

  async members(centreId: number): Promise<MemberView[]> {
    const rows = await this.memberQuery(eq(schema.memberships.centreId, centreId));
    return rows;
  }

  async findMember(centreId: number, userId: number): Promise<MemberView | null> {
    const [row] = await this.memberQuery(
      and(eq(schema.memberships.centreId, centreId), eq(schema.memberships.userId, userId)),
    );
    return row ?? null;
  }

  private async memberQuery(where: ReturnType<typeof eq> | undefined): Promise<MemberView[]> {
    const rows = await this.database.db
      .select({
        userId: schema.users.id,
        firstName: schema.users.firstName,
        lastName: schema.users.lastName,
        email: schema.users.email,
        role: schema.memberships.role,
        since: schema.memberships.createdAt,
      })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(where)
      .orderBy(asc(schema.users.lastName), asc(schema.users.firstName));
    return rows.map((row) => ({ ...row, since: row.since.toISOString() }));
  }

  async upsertMember(centreId: number, userId: number, role: CentreRole, now: Date): Promise<void> {
    await this.database.db
      .insert(schema.memberships)
      .values({ centreId, userId, role, createdAt: now })
      .onConflictDoUpdate({ target: [schema.memberships.centreId, schema.memberships.userId], set: { role } });
  }

  async setRole(centreId: number, userId: number, role: CentreRole): Promise<void> {
    await this.database.db
      .update(schema.memberships)
      .set({ role })
      .where(and(eq(schema.memberships.centreId, centreId), eq(schema.memberships.userId, userId)));
  }

  async createInvitation(
    invitation: Omit<InvitationRecord, 'id' | 'acceptedAt' | 'cancelledAt'> & { tokenHash: string; invitedBy: number },
    now: Date,
  ): Promise<InvitationRecord> {
    return this.database.db.transaction(async (tx) => {
      // A new invitation replaces the pending ones for the same person and centre.
      await tx
        .update(schema.invitations)
        .set({ cancelledAt: now })
        .where(
          and(
            eq(schema.invitations.centreId, invitation.centreId),
            eq(schema.invitations.email, invitation.email),
            isNull(schema.invitations.acceptedAt),
            isNull(schema.invitations.cancelledAt),
          ),
        );
      const [row] = await tx
        .insert(schema.invitations)
        .values({ ...invitation, createdAt: now })
        .returning();
      if (row === undefined) throw new Error('insert returned no invitation');
      return row;
    });
  }

  async findInvitation(tokenHash: string): Promise<InvitationRecord | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.tokenHash, tokenHash))
      .limit(1);
    return row ?? null;
  }

  async markInvitationAccepted(invitationId: number, now: Date): Promise<boolean> {
    const rows = await this.database.db
      .update(schema.invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(schema.invitations.id, invitationId),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.cancelledAt),
        ),
      )
      .returning({ id: schema.invitations.id });
    return rows.length === 1;
  }
}
