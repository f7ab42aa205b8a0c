import { Inject, Injectable } from '@nestjs/common';
import type { LogoutRequest } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { CLOCK, REFRESH_TOKEN_STORE, type RefreshTokenStore } from '../domain/identity.ports';
import { hashOpaqueToken } from '../infrastructure/security/opaque-tokens';

/** Revokes the whole family of the presented refresh token. Idempotent. */
@Injectable()
export class Logout {
  constructor(
    @Inject(REFRESH_TOKEN_STORE) private readonly refreshTokens: RefreshTokenStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: LogoutRequest): Promise<{ revoked: boolean }> {
    const record = await this.refreshTokens.find(hashOpaqueToken(request.refreshToken));
    if (record === null) return { revoked: false };
    const revoked = await this.refreshTokens.revokeFamily(record.familyId, this.clock.now());
    return { revoked: revoked > 0 };
  }
}
