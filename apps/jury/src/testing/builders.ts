import type {
  CourseForScoring,
  FinalizedCandidate,
  IssueReportView,
  ResolvedIssueReport,
  SessionFinalized,
} from '@pix/contracts';
import type { ChallengeFlags } from '@pix/referential';
import type { Certification, CertificationChallenge } from '../domain/certification';
import type { JurySession } from '../domain/jury-session';

export const NO_FLAGS: ChallengeFlags = {
  timedSeconds: null,
  focus: false,
  illustration: null,
  attachment: null,
  embed: null,
};

/** Five certifiable competences, three challenges each (15), as the test generator would give a profile. */
export const FIVE_COMPETENCES = [
  { code: '1.1', estimatedLevel: 3, pixScore: 27 },
  { code: '2.1', estimatedLevel: 2, pixScore: 20 },
  { code: '3.1', estimatedLevel: 4, pixScore: 35 },
  { code: '4.1', estimatedLevel: 1, pixScore: 12 },
  { code: '5.1', estimatedLevel: 2, pixScore: 18 },
] as const;

/** A code of the rules' alphabet, unique per course id (the last four digits, spelled with letters). */
export function verificationCodeOf(courseId: number): string {
  const digits = String(courseId % 10_000).padStart(4, '0');
  return `P-QRTV${[...digits].map((digit) => 'BCDFGHJKMX'[Number(digit)]).join('')}`;
}

export function buildCandidate(overrides: Partial<FinalizedCandidate> & { candidateId: number }): FinalizedCandidate {
  return {
    userId: 100 + overrides.candidateId,
    firstName: `Prénom${overrides.candidateId}`,
    lastName: `Nom${overrides.candidateId}`,
    sex: 'F',
    birthdate: '2011-04-02',
    birthCity: 'Bordeaux',
    birthCountry: 'France',
    birthINSEECode: '33063',
    birthPostalCode: null,
    externalId: null,
    division: '3eA',
    resultRecipientEmail: null,
    examinerComment: null,
    abortReason: null,
    startedAt: '2027-03-15T08:20:00.000Z',
    ...overrides,
  };
}

export function buildFinalized(overrides: Partial<SessionFinalized> & { sessionId: number }): SessionFinalized {
  return {
    finalization: 1,
    certificationCenterId: 12,
    certificationCenterName: 'Collège Jean Moulin',
    certificationCenterType: 'SCO',
    address: '1 rue de l’École, Bordeaux',
    room: 'Salle B12',
    date: '2027-03-15',
    time: '09:00',
    examiner: 'Mme Durand',
    finalizedAt: '2027-03-16T10:00:00.000Z',
    finalizedBy: 5,
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    candidates: [],
    ...overrides,
  };
}

/**
 * A 15-question test on {@link FIVE_COMPETENCES}, question n on competence ⌈n/3⌉. `answers[i]` is the status of
 * question i+1; a shorter list leaves the rest unanswered.
 */
export function buildCourse(options: {
  courseId: number;
  sessionId: number;
  candidateId: number;
  answers: readonly string[];
  abortReason?: 'candidate' | 'technical' | null;
  flags?: Readonly<Record<number, ChallengeFlags>>;
}): CourseForScoring {
  const challenges = Array.from({ length: 15 }, (_, index) => ({
    number: index + 1,
    challengeId: `rec${options.courseId}q${index + 1}`,
    competence: FIVE_COMPETENCES[Math.floor(index / 3)]?.code ?? '1.1',
    skill: '@outil3',
    type: 'QCU',
    flags: options.flags?.[index + 1] ?? NO_FLAGS,
  }));
  const completed = options.answers.length === challenges.length;
  return {
    course: {
      courseId: options.courseId,
      sessionId: options.sessionId,
      candidateId: options.candidateId,
      userId: 100 + options.candidateId,
      state: completed ? 'completed' : 'ended_due_to_finalization',
      answeredCount: options.answers.length,
      questionCount: 15,
      startedAt: '2027-03-15T08:20:00.000Z',
      endedAt: '2027-03-15T09:40:00.000Z',
      verificationCode: verificationCodeOf(options.courseId),
      abortReason: completed ? null : (options.abortReason ?? null),
    },
    profileDate: '2027-03-15T08:15:00.000Z',
    competences: FIVE_COMPETENCES,
    challenges,
    answers: options.answers.map((status, index) => ({
      questionNumber: index + 1,
      challengeId: `rec${options.courseId}q${index + 1}`,
      status,
      answeredAt: '2027-03-15T08:30:00.000Z',
    })),
  };
}

export function buildReport(
  overrides: Partial<ResolvedIssueReport> & { id: number; sessionId: number; candidateId: number },
): ResolvedIssueReport {
  return {
    code: 'C7',
    category: 'NON_BLOCKING_TECHNICAL_ISSUE',
    subcategory: null,
    label: 'Problème technique non bloquant',
    description: 'Coupure réseau',
    questionNumber: null,
    source: 'invigilator',
    recordedBy: 42,
    recordedAt: '2027-03-15T08:40:00.000Z',
    isImpactful: false,
    resolvedAt: null,
    resolution: null,
    hasBeenAutomaticallyResolved: false,
    effect: null,
    challengeId: null,
    ...overrides,
  } satisfies IssueReportView & ResolvedIssueReport;
}

export function buildChallenge(
  overrides: Partial<CertificationChallenge> & { number: number },
): CertificationChallenge {
  return {
    challengeId: `rec${overrides.number}`,
    competence: '1.1',
    type: 'QCU',
    flags: NO_FLAGS,
    answerStatus: 'ok',
    neutralizedBy: null,
    autoSkipped: false,
    remarkedOk: false,
    ...overrides,
  };
}

export function buildCertification(overrides: Partial<Certification> = {}): Certification {
  return {
    id: 9001,
    sessionId: 501,
    candidateId: 1,
    userId: 101,
    identity: {
      firstName: 'Léa',
      lastName: 'Martin',
      sex: 'F',
      birthdate: '2011-04-02',
      birthCity: 'Bordeaux',
      birthCountry: 'France',
      birthINSEECode: '33063',
      birthPostalCode: null,
    },
    externalId: null,
    division: '3eA',
    examinerComment: null,
    abortReason: null,
    courseState: 'completed',
    verificationCode: 'P-BCDFGHJK',
    startedAt: new Date('2027-03-15T08:20:00Z'),
    profileDate: new Date('2027-03-15T08:15:00Z'),
    maxReachableLevel: 7,
    competences: FIVE_COMPETENCES,
    isCancelled: false,
    isRejectedForFraud: false,
    commentForCandidate: null,
    commentForOrganization: null,
    commentByJury: null,
    challenges: [],
    ...overrides,
  };
}

export function buildJurySession(overrides: Partial<JurySession> = {}): JurySession {
  return {
    sessionId: 501,
    finalization: 1,
    certificationCenterId: 12,
    certificationCenterName: 'Collège Jean Moulin',
    certificationCenterType: 'SCO',
    address: '1 rue de l’École, Bordeaux',
    room: 'Salle B12',
    date: '2027-03-15',
    time: '09:00',
    examiner: 'Mme Durand',
    finalizedAt: new Date('2027-03-16T10:00:00Z'),
    finalizedBy: 5,
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    unfinalizedAt: null,
    autoJuryDoneAt: new Date('2027-03-16T10:00:05Z'),
    unresolvedImpactfulReportCount: 0,
    assignedToUserId: null,
    assignedToName: null,
    juryComment: null,
    publishedAt: null,
    ...overrides,
  };
}
