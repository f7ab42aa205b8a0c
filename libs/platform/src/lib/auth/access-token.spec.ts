import { AccessTokens, type Actor } from './access-token';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const actor: Actor = {
  userId: 42,
  staffRole: null,
  centres: [
    { id: 7, role: 'ADMIN' },
    { id: 9, role: 'MEMBER' },
  ],
  mustChangePassword: false,
};
const now = new Date('2026-03-16T08:00:00Z');

describe(AccessTokens.name, () => {
  const tokens = new AccessTokens(SECRET, 900);

  it('round-trips the actor and expires after its lifetime', async () => {
    const { token, expiresAt } = await tokens.sign(actor, now);

    expect(expiresAt.toISOString()).toBe('2026-03-16T08:15:00.000Z');
    await expect(tokens.verify(token, new Date('2026-03-16T08:14:59Z'))).resolves.toEqual(actor);
    await expect(tokens.verify(token, new Date('2026-03-16T08:15:01Z'))).resolves.toBeNull();
  });

  it('carries a temporary password, and reads a token without the claim as not temporary', async () => {
    const temporary = await tokens.sign({ ...actor, mustChangePassword: true }, now);
    const { token } = await tokens.sign(actor, now);

    await expect(tokens.verify(temporary.token, now)).resolves.toMatchObject({ mustChangePassword: true });
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).not.toHaveProperty('tmp');
    await expect(tokens.verify(token, now)).resolves.toMatchObject({ mustChangePassword: false });
  });

  it('refuses a token signed with another secret', async () => {
    const { token } = await new AccessTokens(`${SECRET}-other`, 900).sign(actor, now);

    await expect(tokens.verify(token, now)).resolves.toBeNull();
  });

  it('refuses a tampered payload and garbage', async () => {
    const { token } = await tokens.sign(actor, now);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: '1', staff: 'SUPER_ADMIN', centres: [] })).toString('base64url');

    await expect(tokens.verify(`${header}.${forged}.${signature}`, now)).resolves.toBeNull();
    await expect(tokens.verify('not-a-token', now)).resolves.toBeNull();
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: '1',
        staff: 'SUPER_ADMIN',
        centres: [],
        iss: 'pix-certif/identity',
        aud: 'pix-certif/gateway',
        exp: 4102444800,
      }),
    ).toString('base64url');

    await expect(tokens.verify(`${header}.${payload}.`, now)).resolves.toBeNull();
  });
});
