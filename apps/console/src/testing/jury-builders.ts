import type {
  JuryCertificationView,
  JurySessionDetail,
  JurySessionSummary,
  SessionResults,
  ShareableCertificate,
  UserCertificationView,
} from '@pix/contracts';

/** Test data of the jury, results and verification pages, every field defaulted: Léa's session 669, scored. */

const AREAS = [
  {
    code: '1',
    title: 'Informations et données',
    competences: ['Mener une recherche et une veille d’information', 'Gérer des données', 'Traiter des données'],
  },
  {
    code: '2',
    title: 'Communication et collaboration',
    competences: ['Interagir', 'Partager et publier', 'Collaborer', 'S’insérer dans le monde numérique'],
  },
  {
    code: '3',
    title: 'Création de contenu',
    competences: [
      'Développer des documents textuels',
      'Développer des documents multimedia',
      'Adapter les documents à leur finalité',
      'Programmer',
    ],
  },
  {
    code: '4',
    title: 'Protection et sécurité',
    competences: [
      'Sécuriser l’environnement numérique',
      'Protéger les données personnelles et la vie privée',
      'Protéger la santé, le bien-être et l’environnement',
    ],
  },
  {
    code: '5',
    title: 'Environnement numérique',
    competences: ['Résoudre des problèmes techniques', 'Construire un environnement numérique'],
  },
];

/** The 16 competences, level 2 everywhere unless `levels` says otherwise (by code). */
export function buildCompetences(levels: Record<string, number> = {}): ShareableCertificate['competences'] {
  return AREAS.flatMap((area) =>
    area.competences.map((name, index) => {
      const code = `${area.code}.${index + 1}`;
      return { code, name, areaCode: area.code, areaTitle: area.title, level: levels[code] ?? 2 };
    }),
  );
}

export function buildShareableCertificate(overrides: Partial<ShareableCertificate> = {}): ShareableCertificate {
  return {
    firstName: 'Léa',
    lastName: 'Martin',
    birthdate: '2011-03-07',
    birthplace: 'Paris',
    certificationDate: '2027-04-14',
    deliveredAt: '2027-05-03',
    certificationCenter: 'Collège Jean Moulin',
    pixScore: 345,
    maxReachableLevel: 8,
    maxReachableScore: 1024,
    competences: buildCompetences(),
    ...overrides,
  };
}

export function buildUserCertification(overrides: Partial<UserCertificationView> = {}): UserCertificationView {
  return {
    certificationId: 501,
    sessionId: 669,
    certificationCenterName: 'Collège Jean Moulin',
    date: '2027-04-14',
    published: true,
    status: 'validated',
    pixScore: 345,
    verificationCode: 'P-KMKBXT33',
    commentForCandidate: null,
    competences: buildCompetences(),
    maxReachableScore: 1024,
    ...overrides,
  };
}

export function buildUnpublishedUserCertification(
  overrides: Partial<UserCertificationView> = {},
): UserCertificationView {
  return buildUserCertification({
    published: false,
    status: null,
    pixScore: null,
    verificationCode: null,
    commentForCandidate: null,
    competences: null,
    maxReachableScore: null,
    ...overrides,
  });
}

export function buildSessionResults(overrides: Partial<SessionResults> = {}): SessionResults {
  return {
    sessionId: 669,
    published: true,
    publishedAt: '2027-05-03T09:00:00.000Z',
    divisions: ['3eA', '3eB'],
    certifications: [
      {
        certificationId: 501,
        firstName: 'Léa',
        lastName: 'Martin',
        division: '3eA',
        status: 'validated',
        pixScore: 345,
      },
      { certificationId: 502, firstName: 'Hugo', lastName: 'Durand', division: '3eB', status: 'rejected', pixScore: 0 },
    ],
    ...overrides,
  };
}

export function buildJurySessionSummary(overrides: Partial<JurySessionSummary> = {}): JurySessionSummary {
  return {
    sessionId: 669,
    certificationCenterId: 3,
    certificationCenterName: 'Collège Jean Moulin',
    date: '2027-04-14',
    time: '13:30',
    finalizedAt: '2027-04-14T16:00:00.000Z',
    publishedAt: null,
    status: 'finalized',
    assignedTo: null,
    certificationCount: 2,
    unresolvedImpactfulReportCount: 0,
    hasExaminerGlobalComment: false,
    publishable: true,
    blockers: [],
    autoJuryDone: true,
    ...overrides,
  };
}

export function buildJuryCertification(overrides: Partial<JuryCertificationView> = {}): JuryCertificationView {
  return {
    certificationId: 501,
    candidateId: 41,
    userId: 77,
    identity: {
      firstName: 'Léa',
      lastName: 'Martin',
      sex: 'F',
      birthdate: '2011-03-07',
      birthCity: 'Paris',
      birthCountry: 'France',
      birthINSEECode: '75056',
      birthPostalCode: null,
    },
    division: '3eA',
    externalId: null,
    verificationCode: 'P-KMKBXT33',
    courseState: 'completed',
    abortReason: null,
    examinerComment: null,
    status: 'validated',
    pixScore: 345,
    isCancelled: false,
    isRejectedForFraud: false,
    commentForCandidate: null,
    commentForOrganization: null,
    commentByJury: null,
    issueReports: [],
    questions: [
      {
        number: 1,
        challengeId: 'rec1',
        competence: '1.1',
        type: 'QCU',
        answerStatus: 'ok',
        neutralized: false,
        neutralizedBy: null,
        autoSkipped: false,
        remarkedOk: false,
      },
      {
        number: 2,
        challengeId: 'rec2',
        competence: '1.1',
        type: 'QROC',
        answerStatus: 'ko',
        neutralized: false,
        neutralizedBy: null,
        autoSkipped: false,
        remarkedOk: false,
      },
    ],
    results: [
      {
        id: 9001,
        status: 'validated',
        pixScore: 345,
        reproducibilityRate: 86,
        competenceMarks: [],
        commentKey: null,
        emitter: 'PIX-ALGO',
        juryUserId: null,
        errorMessage: null,
        createdAt: '2027-04-14T16:01:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function buildJurySessionDetail(overrides: Partial<JurySessionDetail> = {}): JurySessionDetail {
  return {
    ...buildJurySessionSummary({ certificationCount: 1 }),
    address: 'Bâtiment B',
    room: 'Salle multimédia',
    examiner: 'Sophie Dupont',
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    juryComment: null,
    certifications: [buildJuryCertification()],
    audit: [],
    ...overrides,
  };
}
