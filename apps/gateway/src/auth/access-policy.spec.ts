import type { Actor } from '@pix/platform';
import { canAccessCentre, hasStaffRole } from './access-policy';

const member = (centres: Actor['centres']): Actor => ({
  userId: 1,
  staffRole: null,
  centres,
  mustChangePassword: false,
});

describe(canAccessCentre.name, () => {
  it('lets the members of a centre read it and act as members; only its ADMIN acts as admin', () => {
    const admin = member([{ id: 7, role: 'ADMIN' }]);
    const plain = member([{ id: 7, role: 'MEMBER' }]);

    expect([
      canAccessCentre(admin, 7, 'read'),
      canAccessCentre(admin, 7, 'MEMBER'),
      canAccessCentre(admin, 7, 'ADMIN'),
    ]).toEqual([true, true, true]);
    expect([
      canAccessCentre(plain, 7, 'read'),
      canAccessCentre(plain, 7, 'MEMBER'),
      canAccessCentre(plain, 7, 'ADMIN'),
    ]).toEqual([true, true, false]);
  });

  it('refuses every level of another centre, even to its admin elsewhere', () => {
    const adminOfEight = member([{ id: 8, role: 'ADMIN' }]);

    expect(['read', 'MEMBER', 'ADMIN'].map((level) => canAccessCentre(adminOfEight, 7, level as 'read'))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('lets every staff role read any centre, and only SUPER_ADMIN act on it', () => {
    const staff = (staffRole: Actor['staffRole']): Actor => ({
      userId: 2,
      staffRole,
      centres: [],
      mustChangePassword: false,
    });

    expect(canAccessCentre(staff('METIER'), 7, 'read')).toBe(true);
    expect(canAccessCentre(staff('CERTIF'), 7, 'MEMBER')).toBe(false);
    expect(canAccessCentre(staff('SUPER_ADMIN'), 7, 'ADMIN')).toBe(true);
  });
});

describe(hasStaffRole.name, () => {
  it('requires one of the listed roles', () => {
    expect(
      hasStaffRole({ userId: 1, staffRole: 'METIER', centres: [], mustChangePassword: false }, [
        'SUPER_ADMIN',
        'CERTIF',
      ]),
    ).toBe(false);
    expect(
      hasStaffRole({ userId: 1, staffRole: 'CERTIF', centres: [], mustChangePassword: false }, [
        'SUPER_ADMIN',
        'CERTIF',
      ]),
    ).toBe(true);
    expect(hasStaffRole(member([{ id: 1, role: 'ADMIN' }]), ['SUPER_ADMIN'])).toBe(false);
  });
});
