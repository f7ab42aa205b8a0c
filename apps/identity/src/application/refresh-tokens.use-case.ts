import { Inject, Injectable } from '@nestjs/common';
import { IdentityErrorCode, type RefreshRequest, type TokenPair } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import {
  CLOCK,
  REFRESH_TOKEN_STORE,
  type RefreshTokenStore,
  USER_STORE,
  type UserStore,
} from '../domain/identity.ports';
import { hashOpaqueToken } from '../infrastructure/security/opaque-tokens';
import { TokenIssuer } from './token-issuer';

const EXPIRED = 'Votre session a expiré. Reconnectez-vous.';

/**
 * Rotation: each refresh token works once. Presenting a token that was already rotated means it leaked
 * (or was replayed): the whole family is revoked and the user must sign in again.
 */
@Injectable()
export class RefreshTokens {
  constructor(
    @Inject(REFRESH_TOKEN_STORE) private readonly refreshTokens: RefreshTokenStore,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(request: RefreshRequest): Promise<TokenPair> {
    const now = this.clock.now();
    const record = await this.refreshTokens.find(hashOpaqueToken(request.refreshToken));
    if (record === null || record.revokedAt !== null) throw expired();
    if (record.rotatedAt !== null || !(await this.refreshTokens.rotate(record.tokenHash, now))) {
      await this.refreshTokens.revokeFamily(record.familyId, now);
      throw expired();
    }
    if (record.idleExpiresAt <= now || record.absoluteExpiresAt <= now) throw expired();
    const user = await this.users.findById(record.userId);
    if (user === null) throw expired();
    return this.tokens.issue(user, { id: record.familyId, absoluteExpiresAt: record.absoluteExpiresAt });
  }
}

function expired(): DomainError {
  return new DomainError(IdentityErrorCode.REFRESH_TOKEN_INVALID, EXPIRED);
}
