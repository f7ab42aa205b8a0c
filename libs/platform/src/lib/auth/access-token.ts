import type { CentreRole, StaffRole } from '@pix/contracts';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** Who is calling, as the gateway knows it from the access token. */
export interface Actor {
  readonly userId: number;
  readonly staffRole: StaffRole | null;
  readonly centres: readonly { readonly id: number; readonly role: CentreRole }[];
  /** Signed in with a temporary password: only changing it is allowed until then. */
  readonly mustChangePassword: boolean;
}

const ISSUER = 'pix-certif/identity';
const AUDIENCE = 'pix-certif/gateway';
const ALGORITHM = 'HS256';

const claimsSchema = z.object({
  sub: z.string().regex(/^\d+$/),
  staff: z.enum(['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER']).nullable(),
  centres: z.array(z.tuple([z.number().int().positive(), z.enum(['ADMIN', 'MEMBER'])])).max(500),
  // Absent from tokens signed before the claim existed: they are not temporary.
  tmp: z.boolean().optional(),
});

/**
 * Short-lived access tokens (HS256 JWT). identity signs them at login and refresh; the gateway verifies
 * them on every request without a round trip. Memberships ride in the token, so a change of role shows
 * after the next refresh, at most one access-token lifetime later.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(actor: Actor, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({
      staff: actor.staffRole,
      centres: actor.centres.map((centre) => [centre.id, centre.role]),
      ...(actor.mustChangePassword ? { tmp: true } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(actor.userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The actor, or null for a token that is malformed, forged, expired or not ours. */
  async verify(token: string, now: Date = new Date()): Promise<Actor | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ALGORITHM],
        currentDate: now,
      });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return null;
      return {
        userId: Number(claims.data.sub),
        staffRole: claims.data.staff,
        centres: claims.data.centres.map(([id, role]) => ({ id, role })),
        mustChangePassword: claims.data.tmp === true,
      };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
