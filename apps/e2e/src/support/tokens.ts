import { createHmac } from 'node:crypto';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export interface AccessTokenClaims {
  readonly sub: string;
  readonly staff: string | null;
  readonly centres: readonly (readonly [number, string])[];
  readonly iss?: string;
  readonly aud?: string;
  readonly iat: number;
  readonly exp: number;
}

/** An HS256 JWT shaped like the platform's access tokens (issuer identity, audience gateway). */
export function signAccessToken(secret: string, claims: AccessTokenClaims): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ iss: 'pix-certif/identity', aud: 'pix-certif/gateway', ...claims, centres: claims.centres }),
  );
  const signature = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${base64url(signature)}`;
}

/** The claims of a JWT, read without checking anything. */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The same token with its payload changed and its signature kept: what a user editing their token would send. */
export function tamperedToken(token: string, changes: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const payload = base64url(JSON.stringify({ ...decodeClaims(token), ...changes }));
  return `${header}.${payload}.${signature}`;
}

/** An unsigned token (`alg: none`), the oldest trick against JWT libraries. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}
