import { TestingErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { buildReceivedKnowledgeElement } from '../test/knowledge-element.builder';
import {
  type ImportProblem,
  MAX_REPORTED_PROBLEMS,
  parseIsoDateTime,
  type ReceivedKnowledgeElement,
  type ReceivedProfiles,
  validateProfileImport,
} from './profile-import';

const now = new Date('2025-12-01T12:00:00Z');

function oneUser(...knowledgeElements: ReceivedKnowledgeElement[]): ReceivedProfiles {
  return { profiles: [{ userId: 7, knowledgeElements }] };
}

function refusal(received: ReceivedProfiles): DomainError {
  try {
    validateProfileImport(received, now);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function problemsOf(received: ReceivedProfiles): ImportProblem[] {
  const error = refusal(received);
  expect(error.code).toBe(TestingErrorCode.PROFILE_IMPORT_INVALID);
  return error.details?.['problems'] as ImportProblem[];
}

describe(validateProfileImport.name, () => {
  it('turns valid elements into knowledge elements of their user', () => {
    const validated = validateProfileImport(
      oneUser(
        buildReceivedKnowledgeElement({ createdAt: '2025-10-01T12:00:00+02:00', earnedPix: 1.3333 }),
        buildReceivedKnowledgeElement({ skill: '@url1', status: 'invalidated', earnedPix: 0, challengeId: null }),
      ),
      now,
    );

    expect(validated.userIds).toEqual([7]);
    expect(validated.received).toBe(2);
    expect(validated.knowledgeElements).toEqual([
      {
        userId: 7,
        competence: '1.1',
        skill: '@requeteWeb3',
        status: 'validated',
        challengeId: 'rec1234567890',
        earnedPix: 1.3333,
        createdAt: new Date('2025-10-01T10:00:00Z'),
      },
      expect.objectContaining({ skill: '@url1', status: 'invalidated', earnedPix: 0, challengeId: null }),
    ]);
  });

  it('accepts a user without any element', () => {
    expect(validateProfileImport({ profiles: [{ userId: 3, knowledgeElements: [] }] }, now)).toEqual({
      userIds: [3],
      knowledgeElements: [],
      received: 0,
    });
  });

  it('lists every invalid value with its path and a French message', () => {
    const problems = problemsOf(
      oneUser(
        buildReceivedKnowledgeElement(),
        buildReceivedKnowledgeElement({
          competence: '6.1',
          skill: 'requeteWeb3',
          status: 'acquis',
          challengeId: ' ',
          earnedPix: -1,
          createdAt: '2025-10-01',
        }),
      ),
    );

    expect(problems).toEqual([
      {
        path: 'profiles.0.knowledgeElements.1.competence',
        message: 'La compétence « 6.1 » n’existe pas : attendu un code de 1.1 à 5.2.',
      },
      {
        path: 'profiles.0.knowledgeElements.1.skill',
        message:
          'L’acquis « requeteWeb3 » est invalide : attendu « @ », un nom en camelCase puis un niveau de 1 à 8, ' +
          'par exemple @requeteWeb3.',
      },
      {
        path: 'profiles.0.knowledgeElements.1.status',
        message: 'Le statut « acquis » est invalide : attendu « validated » ou « invalidated ».',
      },
      {
        path: 'profiles.0.knowledgeElements.1.challengeId',
        message: 'L’identifiant de l’épreuve ne peut pas être vide : envoyez null s’il est inconnu.',
      },
      {
        path: 'profiles.0.knowledgeElements.1.earnedPix',
        message: 'Le nombre de pix gagnés doit être compris entre 0 et 8.',
      },
      {
        path: 'profiles.0.knowledgeElements.1.createdAt',
        message:
          'La date de création doit être une date et heure ISO 8601 avec fuseau horaire, par exemple 2025-11-03T10:15:00Z.',
      },
    ]);
  });

  it('says how many problems there are, in the singular for one', () => {
    expect(refusal(oneUser(buildReceivedKnowledgeElement({ competence: '0.0' }))).message).toBe(
      'L’import des profils comporte une erreur : rien n’a été enregistré.',
    );
    expect(refusal(oneUser(buildReceivedKnowledgeElement({ competence: '0.0', skill: '@x' }))).message).toBe(
      'L’import des profils comporte 2 erreurs : rien n’a été enregistré.',
    );
  });

  it.each(['@requeteWeb0', '@requeteWeb9', '@RequeteWeb3', '@requete_web3', '@requete3Web3', '@3'])(
    'refuses the skill %p',
    (skill) => {
      expect(problemsOf(oneUser(buildReceivedKnowledgeElement({ skill }))).map((problem) => problem.path)).toEqual([
        'profiles.0.knowledgeElements.0.skill',
      ]);
    },
  );

  it.each(['@url1', '@requeteWeb8', '@sécuriserAccès4'])('accepts the skill %p', (skill) => {
    expect(
      validateProfileImport(oneUser(buildReceivedKnowledgeElement({ skill })), now).knowledgeElements,
    ).toHaveLength(1);
  });

  it('refuses pix on an invalidated skill', () => {
    expect(problemsOf(oneUser(buildReceivedKnowledgeElement({ status: 'invalidated', earnedPix: 0.5 })))).toEqual([
      {
        path: 'profiles.0.knowledgeElements.0.earnedPix',
        message: 'Un acquis invalidé ne rapporte aucun pix : le nombre de pix gagnés doit valoir 0.',
      },
    ]);
  });

  it.each([8.01, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %p pix on a skill (at most one level)',
    (earnedPix) => {
      expect(problemsOf(oneUser(buildReceivedKnowledgeElement({ earnedPix }))).map((problem) => problem.path)).toEqual([
        'profiles.0.knowledgeElements.0.earnedPix',
      ]);
    },
  );

  it('refuses an element from the future, but tolerates a few minutes of clock skew', () => {
    const inFourMinutes = new Date(now.getTime() + 4 * 60_000).toISOString();
    const inTenMinutes = new Date(now.getTime() + 10 * 60_000).toISOString();

    expect(
      validateProfileImport(oneUser(buildReceivedKnowledgeElement({ createdAt: inFourMinutes })), now).received,
    ).toBe(1);
    expect(problemsOf(oneUser(buildReceivedKnowledgeElement({ createdAt: inTenMinutes })))).toEqual([
      {
        path: 'profiles.0.knowledgeElements.0.createdAt',
        message: 'La date de création ne peut pas être dans le futur.',
      },
    ]);
  });

  it.each([0, -4, 1.5, 2_147_483_648])('refuses the user id %p', (userId) => {
    expect(problemsOf({ profiles: [{ userId, knowledgeElements: [] }] })).toEqual([
      { path: 'profiles.0.userId', message: 'L’identifiant de l’utilisateur doit être un entier positif.' },
    ]);
  });

  it('refuses a user sent twice in the same import', () => {
    const problems = problemsOf({
      profiles: [
        { userId: 7, knowledgeElements: [] },
        { userId: 8, knowledgeElements: [] },
        { userId: 7, knowledgeElements: [] },
      ],
    });

    expect(problems).toEqual([
      {
        path: 'profiles.2.userId',
        message: 'L’utilisateur 7 figure déjà dans profiles.0 : regroupez ses éléments dans un seul profil.',
      },
    ]);
  });

  it('keeps once an element sent twice with the same content', () => {
    const validated = validateProfileImport(
      oneUser(
        buildReceivedKnowledgeElement(),
        buildReceivedKnowledgeElement({ createdAt: '2025-10-01T12:00:00+02:00' }),
      ),
      now,
    );

    expect(validated.knowledgeElements).toHaveLength(1);
    expect(validated.received).toBe(2);
  });

  it('refuses two elements of the same skill and date that disagree', () => {
    expect(
      problemsOf(oneUser(buildReceivedKnowledgeElement(), buildReceivedKnowledgeElement({ earnedPix: 3 }))),
    ).toEqual([
      {
        path: 'profiles.0.knowledgeElements.1',
        message:
          'Cet élément a le même acquis et la même date de création que profiles.0.knowledgeElements.0, mais un contenu différent.',
      },
    ]);
  });

  it('refuses a skill attached to two competences', () => {
    const problems = problemsOf({
      profiles: [
        { userId: 7, knowledgeElements: [buildReceivedKnowledgeElement()] },
        { userId: 8, knowledgeElements: [buildReceivedKnowledgeElement({ competence: '1.2' })] },
      ],
    });

    expect(problems).toEqual([
      {
        path: 'profiles.1.knowledgeElements.0.competence',
        message:
          'L’acquis @requeteWeb3 est rattaché à la compétence 1.1 dans profiles.0.knowledgeElements.0 : ' +
          'un acquis appartient à une seule compétence.',
      },
    ]);
  });

  it(`reports the first ${MAX_REPORTED_PROBLEMS} problems and counts them all`, () => {
    const elements = Array.from({ length: 150 }, () => buildReceivedKnowledgeElement({ competence: '9.9' }));

    const error = refusal(oneUser(...elements));

    expect(error.details?.['problems']).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(error.details?.['problemCount']).toBe(150);
  });

  it('accepts 1 000 users and 5 000 elements', () => {
    const profiles = Array.from({ length: 1000 }, (_, index) => ({
      userId: index + 1,
      knowledgeElements: Array.from({ length: 5 }, (__, day) =>
        buildReceivedKnowledgeElement({ createdAt: `2025-10-0${day + 1}T10:00:00Z` }),
      ),
    }));

    expect(validateProfileImport({ profiles }, now).knowledgeElements).toHaveLength(5000);
  });

  it.each([
    [1001, 0],
    [1, 5001],
  ])('refuses %p users with %p elements as too large, before looking at the elements', (users, elements) => {
    const profiles = Array.from({ length: users }, (_, index) => ({
      userId: index + 1,
      knowledgeElements:
        index === 0 ? Array.from({ length: elements }, () => buildReceivedKnowledgeElement({ skill: '' })) : [],
    }));

    const error = refusal({ profiles });

    expect(error.code).toBe(TestingErrorCode.PROFILE_IMPORT_TOO_LARGE);
    expect(error.message).toBe(
      'Un import est limité à 1\u202f000 utilisateurs et 5\u202f000 éléments de connaissance : découpez-le en plusieurs envois.',
    );
    expect(error.details).toEqual({ maxUsers: 1000, maxKnowledgeElements: 5000, users, knowledgeElements: elements });
  });
});

describe(parseIsoDateTime.name, () => {
  it.each([
    ['2025-11-03T10:15:00Z', '2025-11-03T10:15:00.000Z'],
    ['2025-11-03T10:15:00.123Z', '2025-11-03T10:15:00.123Z'],
    ['2025-11-03T10:15:00+01:00', '2025-11-03T09:15:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %p', (value, expected) => {
    expect(parseIsoDateTime(value)?.toISOString()).toBe(expected);
  });

  it.each(['2025-11-03', '2025-11-03T10:15:00', '2025-02-29T10:00:00Z', '2025-11-03T24:00:00Z', '03/11/2025 10:15'])(
    'refuses %p',
    (value) => {
      expect(parseIsoDateTime(value)).toBeNull();
    },
  );
});
