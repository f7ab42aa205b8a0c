import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  CommonErrorCode,
  healthSubject,
  type KnowledgeElementInput,
  type ProfileImport,
  TestingErrorCode,
  TestingSubjects,
} from '@pix/contracts';
import {
  createServiceApp,
  DATABASE,
  type DatabaseHandle,
  loadConfig,
  MessageBus,
  serviceConfigSchema,
} from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { TRANSACTIONS, type Transactions } from './application/transactions';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from './domain/knowledge-element.repository';
import { buildKnowledgeElement } from './test/knowledge-element.builder';
import { TestingModule } from './testing.module';

const FIVE_COMPETENCES = ['1.1', '2.1', '3.1', '4.1', '5.1'] as const;

function element(overrides: Partial<KnowledgeElementInput> = {}): KnowledgeElementInput {
  return {
    competence: '1.1',
    skill: '@requeteWeb3',
    status: 'validated',
    challengeId: 'recA1b2C3d4',
    earnedPix: 2,
    createdAt: '2025-10-01T10:00:00Z',
    ...overrides,
  };
}

/** One 8-pix skill on each of the five competences: exactly certifiable. */
function fiveLevelOnes(createdAt: string): KnowledgeElementInput[] {
  return FIVE_COMPETENCES.map((competence, index) =>
    element({ competence, skill: `@niveau${'ABCDE'[index]}1`, earnedPix: 8, createdAt }),
  );
}

describe(`${TestingModule.name} on a real nats-server and database`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createServiceApp(
      'testing',
      TestingModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config,
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

  async function storedElements(): Promise<number> {
    const database = app.get<DatabaseHandle>(DATABASE);
    const result = await database.db.execute(sql`select count(*)::int as count from knowledge_elements`);
    return (result as unknown as { rows: { count: number }[] }).rows[0]?.count ?? -1;
  }

  it('answers testing.qry.health.v1 in the testing queue group', async () => {
    const reply = await bus.request(healthSubject('testing'), {});

    expect(reply).toMatchObject({ service: 'testing', database: { status: 'up', driver: 'pglite' } });
  });

  describe('profiles imported from the positioning platform', () => {
    // User 101: certifiable on 2025-11-01, then @niveauA1 (1.1) is invalidated on 2025-11-15.
    // User 102: 7.9 + 0.2 pix on 1.1, nothing else. User 103: certifiable, but only from 2026-01-10.
    const profiles: ProfileImport[] = [
      {
        userId: 101,
        knowledgeElements: [
          ...fiveLevelOnes('2025-10-01T10:00:00Z'),
          element({
            competence: '1.1',
            skill: '@niveauA1',
            status: 'invalidated',
            earnedPix: 0,
            createdAt: '2025-11-15T09:00:00+01:00',
          }),
          element({ competence: '3.4', skill: '@programme2', earnedPix: 3.5, challengeId: null }),
        ],
      },
      {
        userId: 102,
        knowledgeElements: [
          element({ skill: '@requeteWeb3', earnedPix: 7.9 }),
          element({ skill: '@url1', earnedPix: 0.2 }),
        ],
      },
      {
        userId: 103,
        knowledgeElements: fiveLevelOnes('2025-11-20T08:00:00Z').map((e) => ({
          ...e,
          createdAt: '2026-01-10T10:00:00Z',
        })),
      },
    ];

    it('imports the profiles of 3 users, then ignores the same elements sent again', async () => {
      const before = await storedElements();

      const first = await bus.request(TestingSubjects.importProfiles, { profiles });
      const again = await bus.request(TestingSubjects.importProfiles, { profiles });

      expect(first).toEqual({ usersImported: 3, knowledgeElementsImported: 14, knowledgeElementsAlreadyKnown: 0 });
      expect(again).toEqual({ usersImported: 3, knowledgeElementsImported: 0, knowledgeElementsAlreadyKnown: 14 });
      expect(await storedElements()).toBe(before + 14);
    });

    it('gives a profile as it was at each limit date', async () => {
      const early = await bus.request(TestingSubjects.getProfile, { userId: 101, limitDate: '2025-11-01T00:00:00Z' });
      const late = await bus.request(TestingSubjects.getProfile, {
        userId: 101,
        limitDate: '2025-12-01T00:00:00+01:00',
      });

      expect(early).toMatchObject({
        userId: 101,
        limitDate: '2025-11-01T00:00:00.000Z',
        totalPix: 43,
        certifiable: true,
        competencesAtLevelOneOrMore: 5,
      });
      expect(early.competences.map((c) => c.code)).toEqual([
        '1.1',
        '1.2',
        '1.3',
        '2.1',
        '2.2',
        '2.3',
        '2.4',
        '3.1',
        '3.2',
        '3.3',
        '3.4',
        '4.1',
        '4.2',
        '4.3',
        '5.1',
        '5.2',
      ]);
      expect(early.competences[0]).toEqual({
        code: '1.1',
        name: 'Mener une recherche et une veille d’information',
        areaCode: '1',
        pixScore: 8,
        level: 1,
        validatedSkills: ['@niveauA1'],
      });
      expect(early.competences[10]).toMatchObject({
        code: '3.4',
        pixScore: 3,
        level: 0,
        validatedSkills: ['@programme2'],
      });
      expect(late).toMatchObject({
        limitDate: '2025-11-30T23:00:00.000Z',
        totalPix: 35,
        certifiable: false,
        competencesAtLevelOneOrMore: 4,
      });
      expect(late.competences[0]).toMatchObject({ code: '1.1', pixScore: 0, level: 0, validatedSkills: [] });
    });

    it('adds fractional pix before flooring them', async () => {
      const profile = await bus.request(TestingSubjects.getProfile, { userId: 102, limitDate: '2025-12-01T00:00:00Z' });

      expect(profile.competences[0]).toMatchObject({
        pixScore: 8,
        level: 1,
        validatedSkills: ['@requeteWeb3', '@url1'],
      });
      expect(profile).toMatchObject({ totalPix: 8, certifiable: false, competencesAtLevelOneOrMore: 1 });
    });

    it('gives the eligibility of a batch in the order asked, an unknown user included', async () => {
      const reply = await bus.request(TestingSubjects.getEligibilities, {
        userIds: [103, 999_999, 101, 102, 101],
        limitDate: '2025-11-01T00:00:00Z',
      });

      expect(reply.eligibilities).toEqual([
        { userId: 103, certifiable: false, competencesAtLevelOneOrMore: 0, totalPix: 0 },
        { userId: 999_999, certifiable: false, competencesAtLevelOneOrMore: 0, totalPix: 0 },
        { userId: 101, certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 43 },
        { userId: 102, certifiable: false, competencesAtLevelOneOrMore: 1, totalPix: 8 },
      ]);
    });

    it('sees the later elements with a later limit date', async () => {
      const reply = await bus.request(TestingSubjects.getEligibilities, {
        userIds: [101, 103],
        limitDate: '2026-02-01T00:00:00Z',
      });

      expect(reply.eligibilities.map((e) => [e.userId, e.certifiable])).toEqual([
        [101, false],
        [103, true],
      ]);
    });
  });

  describe('refused imports', () => {
    it('lists every invalid element and stores nothing, not even the valid users', async () => {
      const before = await storedElements();

      const failure = bus.request(TestingSubjects.importProfiles, {
        profiles: [
          { userId: 201, knowledgeElements: fiveLevelOnes('2025-10-01T10:00:00Z') },
          {
            userId: 202,
            knowledgeElements: [
              element(),
              element({ skill: '@url2', competence: '7.1' }),
              element({ skill: '@url3', status: 'invalidated', earnedPix: 2 }),
            ],
          },
        ],
      });

      await expect(failure).rejects.toMatchObject({
        code: TestingErrorCode.PROFILE_IMPORT_INVALID,
        message: 'L’import des profils comporte 2 erreurs : rien n’a été enregistré.',
        details: {
          problemCount: 2,
          problems: [
            {
              path: 'profiles.1.knowledgeElements.1.competence',
              message: 'La compétence « 7.1 » n’existe pas : attendu un code de 1.1 à 5.2.',
            },
            {
              path: 'profiles.1.knowledgeElements.2.earnedPix',
              message: 'Un acquis invalidé ne rapporte aucun pix : le nombre de pix gagnés doit valoir 0.',
            },
          ],
        },
      });
      expect(await storedElements()).toBe(before);
      const eligibility = await bus.request(TestingSubjects.getEligibilities, {
        userIds: [201],
        limitDate: '2025-12-01T00:00:00Z',
      });
      expect(eligibility.eligibilities[0]).toMatchObject({ certifiable: false, totalPix: 0 });
    });

    it('refuses an import over the caps', async () => {
      const profiles = Array.from({ length: 1001 }, (_, index) => ({ userId: 300 + index, knowledgeElements: [] }));

      await expect(bus.request(TestingSubjects.importProfiles, { profiles })).rejects.toMatchObject({
        code: TestingErrorCode.PROFILE_IMPORT_TOO_LARGE,
        details: { maxUsers: 1000, users: 1001 },
      });
    });

    it('refuses a message of the wrong JSON types with VALIDATION_FAILED, in French', async () => {
      const malformed = {
        profiles: [{ userId: 5, knowledgeElements: [{ ...element(), earnedPix: '2' }] }],
      } as unknown as { profiles: ProfileImport[] };

      await expect(bus.request(TestingSubjects.importProfiles, malformed)).rejects.toMatchObject({
        code: CommonErrorCode.VALIDATION_FAILED,
        details: {
          issues: [
            {
              path: 'profiles.0.knowledgeElements.0.earnedPix',
              message: 'Le nombre de pix gagnés doit être un nombre.',
            },
          ],
        },
      });
    });

    it('rolls back every statement of a transaction that fails', async () => {
      const transactions = app.get<Transactions>(TRANSACTIONS);
      const repository = app.get<KnowledgeElementRepository>(KNOWLEDGE_ELEMENT_REPOSITORY);
      const before = await storedElements();
      const elements = Array.from({ length: 20 }, (_, index) =>
        buildKnowledgeElement({ userId: 400, skill: `@tube${'abcdefghijklmnopqrst'[index]}1` }),
      );
      let seenInside = 0;

      const failure = transactions.run(async () => {
        await repository.addAll(elements.slice(0, 10));
        await repository.addAll(elements.slice(10));
        seenInside = (await repository.findLatestPerSkill([400], new Date())).get(400)?.length ?? 0;
        throw new Error('la base tombe après les insertions');
      });

      await expect(failure).rejects.toThrow('la base tombe après les insertions');
      expect(seenInside).toBe(20);
      expect(await storedElements()).toBe(before);
    });
  });

  it('imports a full batch of 5 000 elements in one message', async () => {
    const skills = Array.from(
      { length: 50 },
      (_, index) =>
        `@acquis${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}${(index % 8) + 1}`,
    );
    const profiles = Array.from({ length: 100 }, (_, user) => ({
      userId: 500 + user,
      knowledgeElements: skills.map((skill, index) =>
        element({
          competence: FIVE_COMPETENCES[index % 5],
          skill,
          earnedPix: 1.6,
          challengeId: `rec${String(user).padStart(6, '0')}${String(index).padStart(6, '0')}`,
          createdAt: new Date(Date.UTC(2025, 9, 1, 10, 0, index)).toISOString(),
        }),
      ),
    }));
    expect(Buffer.byteLength(JSON.stringify({ profiles }))).toBeLessThan(1024 * 1024);

    const result = await bus.request(TestingSubjects.importProfiles, { profiles });
    const eligibility = await bus.request(TestingSubjects.getEligibilities, {
      userIds: [500, 599],
      limitDate: '2025-12-01T00:00:00Z',
    });

    expect(result).toEqual({ usersImported: 100, knowledgeElementsImported: 5000, knowledgeElementsAlreadyKnown: 0 });
    // 10 skills of 1.6 pix on each of the 5 competences: 16 pix, level 2.
    expect(eligibility.eligibilities).toEqual([
      { userId: 500, certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 80 },
      { userId: 599, certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 80 },
    ]);
  }, 30_000);

  it('refuses more than 1 000 users or a limit date without a time zone', async () => {
    await expect(
      bus.request(TestingSubjects.getEligibilities, {
        userIds: Array.from({ length: 1001 }, (_, index) => index + 1),
        limitDate: '2025-12-01T00:00:00Z',
      }),
    ).rejects.toMatchObject({
      code: CommonErrorCode.VALIDATION_FAILED,
      details: { issues: [{ path: 'userIds', message: 'Au plus 1000 utilisateurs par demande : découpez la liste.' }] },
    });
    await expect(
      bus.request(TestingSubjects.getProfile, { userId: 1, limitDate: '2025-12-01T00:00:00' }),
    ).rejects.toMatchObject({ code: CommonErrorCode.VALIDATION_FAILED, details: { issues: [{ path: 'limitDate' }] } });
  });
});
