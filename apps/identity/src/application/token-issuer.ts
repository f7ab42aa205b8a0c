import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { MeView, TokenPair } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import type { AccessTokens } from '@pix/platform';
import {
  ACCESS_TOKENS,
  CENTRE_STORE,
  type CentreStore,
  CLOCK,
  REFRESH_TOKEN_STORE,
  type RefreshTokenStore,
  type UserRecord,
} from '../domain/identity.ports';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { hashOpaqueToken, newOpaqueToken } from '../infrastructure/security/opaque-tokens';
import { toUserView } from './user-view';

/** Issues an access token carrying the user's current memberships, and the next refresh token of the family. */
@Injectable()
export class TokenIssuer {
  constructor(
    @Inject(ACCESS_TOKENS) private readonly accessTokens: AccessTokens,
    @Inject(REFRESH_TOKEN_STORE) private readonly refreshTokens: RefreshTokenStore,
    @Inject(CENTRE_STORE) private readonly centres: CentreStore,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async issue(user: UserRecord, family?: { id: string; absoluteExpiresAt: Date }): Promise<TokenPair> {
    const now = this.clock.now();
    const memberships = await this.centres.membershipsOf(user.id);
    const access = await this.accessTokens.sign(
      {
        userId: user.id,
        staffRole: user.staffRole,
        centres: memberships.map((membership) => ({ id: membership.centreId, role: membership.role })),
        mustChangePassword: user.mustChangePassword,
      },
      now,
    );
    const refreshToken = newOpaqueToken();
    const absoluteExpiresAt =
      family?.absoluteExpiresAt ?? new Date(now.getTime() + this.config.REFRESH_ABSOLUTE_TIMEOUT_SECONDS * 1000);
    const idleExpiresAt = new Date(
      Math.min(now.getTime() + this.config.REFRESH_IDLE_TIMEOUT_SECONDS * 1000, absoluteExpiresAt.getTime()),
    );
    await this.refreshTokens.insert(
      {
        tokenHash: hashOpaqueToken(refreshToken),
        familyId: family?.id ?? randomUUID(),
        userId: user.id,
        idleExpiresAt,
        absoluteExpiresAt,
      },
      now,
    );
    const me: MeView = { user: toUserView(user), memberships };
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: idleExpiresAt.toISOString(),
      me,
    };
  }
}
