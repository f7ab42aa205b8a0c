import type { CentreRole, MeView } from '@pix/contracts';

/** What the signed-in person may do in one centre (mirrors the gateway's access policy, to hide what it refuses). */
export interface CentreAccess {
  /** Their role as a member of the centre; null for national staff who are not members. */
  readonly role: CentreRole | null;
  /** Create, edit and delete sessions, enrol candidates: members, and SUPER_ADMIN. */
  readonly canManageSessions: boolean;
  /** Import pupils, create pupil accounts and passwords: the centre's ADMIN, and SUPER_ADMIN. */
  readonly canAdminister: boolean;
}

export function centreAccess(me: MeView | null, centreId: number): CentreAccess {
  const role = me?.memberships.find((membership) => membership.centreId === centreId)?.role ?? null;
  const superAdmin = me?.user.staffRole === 'SUPER_ADMIN';
  return {
    role,
    canManageSessions: role !== null || superAdmin,
    canAdminister: role === 'ADMIN' || superAdmin,
  };
}
