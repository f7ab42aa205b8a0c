import { buildMe, buildMembership } from '../../../testing/builders';
import { centreAccess } from './centre-access';

describe(centreAccess.name, () => {
  it('lets a centre ADMIN manage sessions and administer pupils', () => {
    const me = buildMe({ memberships: [buildMembership({ centreId: 3, role: 'ADMIN' })] });

    expect(centreAccess(me, 3)).toEqual({ role: 'ADMIN', canManageSessions: true, canAdminister: true });
  });

  it('lets a MEMBER manage sessions only', () => {
    const me = buildMe({ memberships: [buildMembership({ centreId: 3, role: 'MEMBER' })] });

    expect(centreAccess(me, 3)).toEqual({ role: 'MEMBER', canManageSessions: true, canAdminister: false });
  });

  it('lets staff who only read look without acting, and SUPER_ADMIN act', () => {
    const support = buildMe({ user: { staffRole: 'SUPPORT' }, memberships: [] });
    const superAdmin = buildMe({ user: { staffRole: 'SUPER_ADMIN' }, memberships: [] });

    expect(centreAccess(support, 3)).toEqual({ role: null, canManageSessions: false, canAdminister: false });
    expect(centreAccess(superAdmin, 3)).toEqual({ role: null, canManageSessions: true, canAdminister: true });
  });

  it('gives nothing in another centre', () => {
    expect(centreAccess(buildMe(), 99).canManageSessions).toBe(false);
    expect(centreAccess(null, 3).canManageSessions).toBe(false);
  });
});
