import type { MeView } from '@pix/contracts';

/** POST /api/auth/token and POST /api/auth/refresh. The refresh token itself travels only as an HttpOnly cookie. */
export interface SignedInResponse {
  /** Send it as `Authorization: Bearer …`; lives 15 minutes. */
  readonly accessToken: string;
  /** ISO date-time */
  readonly accessTokenExpiresAt: string;
  readonly me: MeView;
}
