import type { UserView } from '@pix/contracts';
import type { UserRecord } from '../domain/identity.ports';

export function toUserView(user: UserRecord): UserView {
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    username: user.username,
    staffRole: user.staffRole,
    mustChangePassword: user.mustChangePassword,
  };
}
