import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffRole } from '@pix/contracts';
import type { Actor } from '@pix/platform';
import type { FastifyRequest } from 'fastify';
import type { CentreAccessLevel } from './access-policy';

export const PUBLIC_ROUTE = 'pix:public';
export const STAFF_ROLES_REQUIRED = 'pix:staff-roles';
export const CENTRE_ACCESS = 'pix:centre-access';
export const TEMPORARY_PASSWORD_ALLOWED = 'pix:temporary-password-allowed';

/** No access token needed (sign-in, invitation links, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Reachable while signed in with a temporary password (who am I, change it): every other route refuses. */
export const TemporaryPasswordAllowed = () => SetMetadata(TEMPORARY_PASSWORD_ALLOWED, true);

/** Only national staff with one of these roles. */
export const StaffOnly = (...roles: StaffRole[]) => SetMetadata(STAFF_ROLES_REQUIRED, roles);

/** The route's `:centreId` must be one the caller may access at this level. */
export const CentreAccess = (level: CentreAccessLevel) => SetMetadata(CENTRE_ACCESS, level);

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** The caller, as verified by the auth guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (actor === undefined) throw new Error('CurrentActor used on a public route');
  return actor;
});
