import type { CentreRole, StaffRole } from '@pix/contracts';
import type { Actor } from '@pix/platform';

/** Staff roles that may read any centre's data (support, jury). */
const STAFF_READERS: readonly StaffRole[] = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER'];
/** Staff roles that may act on a centre's behalf. */
const STAFF_WRITERS: readonly StaffRole[] = ['SUPER_ADMIN'];

export type CentreAccessLevel = 'read' | CentreRole;

/**
 * Who may touch a centre's resources: its members (ADMIN for admin actions), and national staff.
 * `read` = any member or staff; `MEMBER` = any member (and SUPER_ADMIN); `ADMIN` = the centre's ADMIN (and SUPER_ADMIN).
 */
export function canAccessCentre(actor: Actor, centreId: number, level: CentreAccessLevel): boolean {
  const membership = actor.centres.find((centre) => centre.id === centreId);
  if (membership !== undefined && (level !== 'ADMIN' || membership.role === 'ADMIN')) return true;
  if (actor.staffRole === null) return false;
  return (level === 'read' ? STAFF_READERS : STAFF_WRITERS).includes(actor.staffRole);
}

export function hasStaffRole(actor: Actor, roles: readonly StaffRole[]): boolean {
  return actor.staffRole !== null && roles.includes(actor.staffRole);
}
