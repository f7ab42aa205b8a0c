import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import { IdentitySubjects } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { AccessTokens, createServiceApp, loadConfig, MessageBus, serviceConfigSchema } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { identityConfigSchema } from './identity.config';
import { IdentityModule } from './identity.module';

const SECRET = 'integration-test-secret-with-enough-characters';

describe(`${IdentityModule.name} on a real nats-server and database`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  const accessTokens = new AccessTokens(SECRET, 900);

  beforeAll(async () => {
    nats = await startNatsServer();
    const env = {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      AUTH_TOKEN_SECRET: SECRET,
      PASSWORD_HASH_MEMORY_KIB: '4096',
    };
    app = await createServiceApp(
      'identity',
      IdentityModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config: loadConfig(serviceConfigSchema, env),
        identityConfig: loadConfig(identityConfigSchema, env),
        inMemoryDatabase: true,
      }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  async function refused(promise: Promise<unknown>): Promise<DomainError> {
    const error = await promise.then(
      () => new Error('expected a refusal'),
      (caught: unknown) => caught,
    );
    if (!(error instanceof DomainError)) throw error;
    return error;
  }

  describe('accounts and sign-in', () => {
    beforeAll(async () => {
      await bus.request(IdentitySubjects.createAccount, {
        firstName: 'Anne',
        lastName: 'Staff',
        email: 'Anne.Staff@pix.example',
        password: 'une phrase de passe solide',
        staffRole: 'SUPER_ADMIN',
      });
    });

    it('signs in by email whatever its case, with an access token the gateway can verify', async () => {
      const pair = await bus.request(IdentitySubjects.login, {
        login: 'anne.staff@PIX.example',
        password: 'une phrase de passe solide',
        ip: '10.0.0.1',
      });

      const actor = await accessTokens.verify(pair.accessToken);
      expect(actor).toEqual({
        userId: pair.me.user.id,
        staffRole: 'SUPER_ADMIN',
        centres: [],
        mustChangePassword: false,
      });
      expect(pair.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('refuses a wrong password and an unknown login with the same error', async () => {
      const wrong = await refused(
        bus.request(IdentitySubjects.login, { login: 'anne.staff@pix.example', password: 'nope', ip: '10.0.0.2' }),
      );
      const unknown = await refused(
        bus.request(IdentitySubjects.login, { login: 'nobody@pix.example', password: 'nope', ip: '10.0.0.2' }),
      );

      expect([wrong.code, wrong.message]).toEqual([unknown.code, unknown.message]);
      expect(wrong.code).toBe('INVALID_CREDENTIALS');
    });

    it('refuses common, short and email-like passwords, and a second account with the same email', async () => {
      const account = { firstName: 'B', lastName: 'C', email: 'bc@pix.example' };
      const common = await refused(bus.request(IdentitySubjects.createAccount, { ...account, password: 'azertyuiop' }));
      const short = await refused(bus.request(IdentitySubjects.createAccount, { ...account, password: 'court' }));
      const duplicate = await refused(
        bus.request(IdentitySubjects.createAccount, {
          ...account,
          email: 'ANNE.STAFF@pix.example',
          password: 'une autre phrase longue',
        }),
      );

      expect([common.code, short.code, duplicate.code]).toEqual([
        'WEAK_PASSWORD',
        'WEAK_PASSWORD',
        'EMAIL_ALREADY_USED',
      ]);
      expect(common.message).toContain('les plus courants');
    });

    it('throttles an (account, IP) pair after 10 failures without blocking the user elsewhere', async () => {
      const attempt = (ip: string, password: string) =>
        bus.request(IdentitySubjects.login, { login: 'anne.staff@pix.example', password, ip });
      for (let failure = 0; failure < 10; failure += 1) {
        expect((await refused(attempt('192.0.2.66', `wrong-${failure}`))).code).toBe('INVALID_CREDENTIALS');
      }

      const blocked = await refused(attempt('192.0.2.66', 'une phrase de passe solide'));
      expect(blocked.code).toBe('LOGIN_THROTTLED');
      expect(blocked.details?.['retryAfterSeconds']).toBeGreaterThan(800);
      await expect(attempt('198.51.100.7', 'une phrase de passe solide')).resolves.toHaveProperty('accessToken');
    });

    it('rotates refresh tokens and revokes the family when a rotated token is replayed', async () => {
      const first = await bus.request(IdentitySubjects.login, {
        login: 'anne.staff@pix.example',
        password: 'une phrase de passe solide',
        ip: '10.0.0.3',
      });
      const second = await bus.request(IdentitySubjects.refresh, { refreshToken: first.refreshToken });
      expect(second.refreshToken).not.toBe(first.refreshToken);

      const replay = await refused(bus.request(IdentitySubjects.refresh, { refreshToken: first.refreshToken }));
      expect(replay.code).toBe('REFRESH_TOKEN_INVALID');
      // The replay revoked the whole family: the legitimate newer token is dead too.
      const revoked = await refused(bus.request(IdentitySubjects.refresh, { refreshToken: second.refreshToken }));
      expect(revoked.code).toBe('REFRESH_TOKEN_INVALID');
    });

    it('logs out by revoking the family', async () => {
      const pair = await bus.request(IdentitySubjects.login, {
        login: 'anne.staff@pix.example',
        password: 'une phrase de passe solide',
        ip: '10.0.0.4',
      });

      await expect(bus.request(IdentitySubjects.logout, { refreshToken: pair.refreshToken })).resolves.toEqual({
        revoked: true,
      });
      expect((await refused(bus.request(IdentitySubjects.refresh, { refreshToken: pair.refreshToken }))).code).toBe(
        'REFRESH_TOKEN_INVALID',
      );
    });
  });

  describe('centres, invitations and roles', () => {
    let centreId: number;

    beforeAll(async () => {
      const centre = await bus.request(IdentitySubjects.createCentre, {
        type: 'SCO',
        name: 'Collège Jean Moulin',
        uai: '0330001a',
        address: { street: '1 rue des Écoles', postalCode: '33000', city: 'Bordeaux' },
        createdBy: 1,
      });
      centreId = centre.id;
    });

    it('normalises the UAI and refuses a second centre with it, or a SCO centre without one', async () => {
      const again = await refused(
        bus.request(IdentitySubjects.createCentre, {
          type: 'SCO',
          name: 'Doublon',
          uai: '0330001A',
          address: { street: 'x', postalCode: '33000', city: 'Bordeaux' },
          createdBy: 1,
        }),
      );
      const missing = await refused(
        bus.request(IdentitySubjects.createCentre, {
          type: 'SCO',
          name: 'Sans UAI',
          address: { street: 'x', postalCode: '3300', city: '' },
          createdBy: 1,
        }),
      );

      expect(again.code).toBe('UAI_ALREADY_USED');
      expect(missing.code).toBe('CENTRE_INVALID');
      expect((missing.details?.['problems'] as { field: string }[]).map((problem) => problem.field)).toEqual([
        'uai',
        'address.postalCode',
        'address.city',
      ]);
    });

    it('lets a new person accept an ADMIN invitation once, creating their account', async () => {
      const invitation = await bus.request(IdentitySubjects.inviteMember, {
        centreId,
        email: 'Principal@college.example',
        role: 'ADMIN',
        invitedBy: 1,
      });
      await expect(bus.request(IdentitySubjects.getInvitation, { token: invitation.token })).resolves.toMatchObject({
        centreName: 'Collège Jean Moulin',
        email: 'principal@college.example',
        accountExists: false,
      });

      const membership = await bus.request(IdentitySubjects.acceptInvitation, {
        token: invitation.token,
        password: 'la rentrée se prépare bien',
        firstName: 'Paul',
        lastName: 'Principal',
      });
      const again = await refused(
        bus.request(IdentitySubjects.acceptInvitation, {
          token: invitation.token,
          password: 'la rentrée se prépare bien',
        }),
      );

      expect(membership).toEqual({ centreId, centreName: 'Collège Jean Moulin', centreType: 'SCO', role: 'ADMIN' });
      expect(again.code).toBe('INVITATION_NOT_FOUND');
      const pair = await bus.request(IdentitySubjects.login, {
        login: 'principal@college.example',
        password: 'la rentrée se prépare bien',
        ip: '10.0.1.1',
      });
      await expect(accessTokens.verify(pair.accessToken)).resolves.toMatchObject({
        centres: [{ id: centreId, role: 'ADMIN' }],
      });
    });

    it('keeps at least one ADMIN in a centre', async () => {
      const { members } = await bus.request(IdentitySubjects.listMembers, { centreId });
      const principal = members.find((member) => member.email === 'principal@college.example');
      if (principal === undefined) throw new Error('principal missing');

      const demoted = await refused(
        bus.request(IdentitySubjects.changeMemberRole, {
          centreId,
          userId: principal.userId,
          role: 'MEMBER',
          changedBy: principal.userId,
        }),
      );

      expect(demoted.code).toBe('LAST_ADMIN');
    });

    it('refuses an existing account’s invitation with a wrong password', async () => {
      const invitation = await bus.request(IdentitySubjects.inviteMember, {
        centreId,
        email: 'anne.staff@pix.example',
        role: 'MEMBER',
        invitedBy: 1,
      });

      const error = await refused(
        bus.request(IdentitySubjects.acceptInvitation, { token: invitation.token, password: 'pas le bon' }),
      );

      expect(error.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('pupils of a SCO centre', () => {
    let centreId: number;
    const header =
      'Identifiant national;Nom de famille;Prénom;Date de naissance;Sexe;Division;Code commune de naissance;Commune de naissance;Pays de naissance';
    const csv = (...lines: string[]) => Buffer.from([header, ...lines].join('\r\n')).toString('base64');
    const lea = '123456789AB;Martin;Léa;15/03/2011;F;3E1;33063;;';
    const noe = '1234567890C;Bernard;Noé;01/07/2011;M;3E2;;Dakar;Sénégal';
    const tom = '987654321XY;Petit;Tom;30/11/2010;M;3E1;75056;;';

    beforeAll(async () => {
      centreId = (
        await bus.request(IdentitySubjects.createCentre, {
          type: 'SCO',
          name: 'Collège Victor Hugo',
          uai: '0330002B',
          address: { street: '2 rue Hugo', postalCode: '33000', city: 'Bordeaux' },
          createdBy: 1,
        })
      ).id;
    });

    it('imports, then re-imports in place: updated, unchanged, and leavers made inactive, never deleted', async () => {
      const first = await bus.request(IdentitySubjects.importPupils, {
        centreId,
        fileName: 'eleves.csv',
        base64: csv(lea, noe, tom),
      });
      const second = await bus.request(IdentitySubjects.importPupils, {
        centreId,
        fileName: 'eleves.csv',
        base64: csv(lea.replace('3E1', '3E2'), noe),
      });
      const active = await bus.request(IdentitySubjects.listPupils, { centreId });
      const all = await bus.request(IdentitySubjects.listPupils, { centreId, includeInactive: true });
      const divisions = await bus.request(IdentitySubjects.listDivisions, { centreId });

      expect(first).toEqual({ created: 3, updated: 0, unchanged: 0, deactivated: 0, divisions: ['3E1', '3E2'] });
      expect(second).toEqual({ created: 0, updated: 1, unchanged: 1, deactivated: 1, divisions: ['3E2'] });
      expect(active.pupils.map((pupil) => pupil.firstName)).toEqual(['Noé', 'Léa']);
      expect(all.pupils.find((pupil) => pupil.firstName === 'Tom')).toMatchObject({ active: false });
      expect(divisions.divisions).toEqual([{ name: '3E2', activePupils: 2 }]);
      expect(active.pupils.find((pupil) => pupil.firstName === 'Noé')).toMatchObject({
        birthCountry: 'Sénégal',
        birthINSEECode: '99341',
        birthCity: 'Dakar',
      });
    });

    it('refuses a whole file with one bad line, naming line and column, and changes nothing', async () => {
      const before = await bus.request(IdentitySubjects.listPupils, { centreId, includeInactive: true });

      const error = await refused(
        bus.request(IdentitySubjects.importPupils, {
          centreId,
          fileName: 'eleves.csv',
          base64: csv(lea, '1111111111Z;Durand;Zoé;32/01/2011;F;3E1;33063;;'),
        }),
      );

      expect(error.code).toBe('PUPIL_IMPORT_INVALID');
      expect(error.details?.['errors']).toEqual([expect.objectContaining({ line: 3, column: 'Date de naissance' })]);
      await expect(bus.request(IdentitySubjects.listPupils, { centreId, includeInactive: true })).resolves.toEqual(
        before,
      );
    });

    it('creates a pupil account with a username, then hands out a new temporary password', async () => {
      const { pupils } = await bus.request(IdentitySubjects.listPupils, { centreId });
      const lea = pupils.find((pupil) => pupil.firstName === 'Léa');
      if (lea === undefined) throw new Error('Léa missing');

      const created = await bus.request(IdentitySubjects.createPupilAccount, { centreId, pupilId: lea.id });
      const reset = await bus.request(IdentitySubjects.resetPupilPassword, { centreId, pupilId: lea.id });
      const listed = await bus.request(IdentitySubjects.listPupils, { centreId });

      expect(created.username).toBe('lea.martin1503');
      expect(reset.temporaryPassword).not.toBe(created.temporaryPassword);
      expect(listed.pupils.find((pupil) => pupil.id === lea.id)).toMatchObject({ username: 'lea.martin1503' });
      await expect(
        bus.request(IdentitySubjects.login, {
          login: 'lea.martin1503',
          password: created.temporaryPassword,
          ip: '10.2.0.1',
        }),
      ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      const pair = await bus.request(IdentitySubjects.login, {
        login: 'Lea.Martin1503',
        password: reset.temporaryPassword,
        ip: '10.2.0.1',
      });
      expect(pair.me.user).toMatchObject({ username: 'lea.martin1503', mustChangePassword: true });
      // The access token says so too: the gateway lets such a token change the password and nothing else.
      await expect(accessTokens.verify(pair.accessToken)).resolves.toMatchObject({ mustChangePassword: true });

      const weak = await refused(
        bus.request(IdentitySubjects.changePassword, {
          userId: reset.userId,
          currentPassword: reset.temporaryPassword,
          newPassword: 'soleil',
        }),
      );
      const changed = await bus.request(IdentitySubjects.changePassword, {
        userId: reset.userId,
        currentPassword: reset.temporaryPassword,
        newPassword: 'mon chat aime la certification',
      });
      expect(weak.code).toBe('WEAK_PASSWORD');
      expect(changed.mustChangePassword).toBe(false);
      // Changing the password signs out the other sessions.
      expect((await refused(bus.request(IdentitySubjects.refresh, { refreshToken: pair.refreshToken }))).code).toBe(
        'REFRESH_TOKEN_INVALID',
      );
      await expect(
        bus.request(IdentitySubjects.login, {
          login: 'lea.martin1503',
          password: 'mon chat aime la certification',
          ip: '10.2.0.1',
        }),
      ).resolves.toMatchObject({ me: { user: { mustChangePassword: false } } });
    });

    it('keeps pupils to SCO centres', async () => {
      const sup = await bus.request(IdentitySubjects.createCentre, {
        type: 'SUP',
        name: 'Université',
        address: { street: '1 place', postalCode: '33400', city: 'Talence' },
        createdBy: 1,
      });

      expect((await refused(bus.request(IdentitySubjects.listPupils, { centreId: sup.id }))).code).toBe(
        'NOT_A_SCO_CENTRE',
      );
    });
  });
});
