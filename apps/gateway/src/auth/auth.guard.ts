import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode, IdentityErrorCode, type StaffRole } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { AccessTokens } from '@pix/platform';
import { HTTP_MESSAGES } from '../http/error-status';
import { type CentreAccessLevel, canAccessCentre, hasStaffRole } from './access-policy';
import {
  type AuthenticatedRequest,
  CENTRE_ACCESS,
  PUBLIC_ROUTE,
  STAFF_ROLES_REQUIRED,
  TEMPORARY_PASSWORD_ALLOWED,
} from './auth.decorators';

export const GATEWAY_ACCESS_TOKENS = Symbol('GATEWAY_ACCESS_TOKENS');

/**
 * Global guard: every route needs a valid access token unless marked @Public(); @StaffOnly and
 * @CentreAccess then check the caller's roles. A centre the caller may not see is a 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(GATEWAY_ACCESS_TOKENS) private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    const actor = match?.[1] === undefined ? null : await this.tokens.verify(match[1]);
    if (actor === null) throw new DomainError(CommonErrorCode.UNAUTHENTICATED, HTTP_MESSAGES.unauthenticated);
    request.actor = actor;
    if (
      actor.mustChangePassword &&
      this.reflector.getAllAndOverride<boolean>(TEMPORARY_PASSWORD_ALLOWED, targets) !== true
    ) {
      throw new DomainError(
        IdentityErrorCode.PASSWORD_CHANGE_REQUIRED,
        'Votre mot de passe est temporaire : choisissez votre propre mot de passe pour continuer.',
      );
    }

    const staffRoles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_ROLES_REQUIRED, targets);
    if (staffRoles !== undefined && !hasStaffRole(actor, staffRoles)) throw forbidden();

    const centreLevel = this.reflector.getAllAndOverride<CentreAccessLevel | undefined>(CENTRE_ACCESS, targets);
    if (centreLevel !== undefined) {
      const centreId = Number((request.params as Record<string, string> | undefined)?.['centreId']);
      if (!Number.isSafeInteger(centreId) || centreId <= 0) {
        throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Le numéro de centre est invalide.');
      }
      if (!canAccessCentre(actor, centreId, centreLevel)) throw forbidden();
    }
    return true;
  }
}

function forbidden(): DomainError {
  return new DomainError(CommonErrorCode.FORBIDDEN, HTTP_MESSAGES.forbidden);
}
