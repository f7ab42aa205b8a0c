import type { CandidateAnswer, ChallengeFlags, PublicChallenge } from '@pix/referential';
import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

export const TestingSubjects = {
  /** The positioning platform sends the users' knowledge elements (idempotent, all-or-nothing). */
  importProfiles: subject('testing', 'cmd', 'import-profiles', 1),
  /** One user's placement profile at a date (rules §4). */
  getProfile: subject('testing', 'qry', 'profile', 1),
  /** Whether each user of a batch (a class, up to 1 000 users) may be certified at a date. */
  getEligibilities: subject('testing', 'qry', 'eligibilities', 1),
  /** The sessions service starts a candidate's test, or returns the one already started (rules §5, §6.1). */
  startCourse: subject('testing', 'cmd', 'start-course', 1),
  /** The candidate's current question: the first one not answered, in generation order. */
  getCurrentQuestion: subject('testing', 'qry', 'current-question', 1),
  /** The candidate answers (or skips) the current question; committed before the reply. */
  answer: subject('testing', 'cmd', 'answer', 1),
  /** The invigilator ends a candidate's test. */
  endCourse: subject('testing', 'cmd', 'end-course', 1),
  /** Progress of every test of a session, for the invigilator space. */
  getSessionCourses: subject('testing', 'qry', 'session-courses', 1),
  /**
   * After the session's finalisation: every unfinished test moves to `ended_due_to_finalization` with its abort
   * reason (idempotent). Replies with every test of the session.
   */
  finalizeCourses: subject('testing', 'cmd', 'finalize-courses', 1),
  /** Everything scoring needs of one test: the profile at its date, the challenges in order, the answers. */
  getCourseForScoring: subject('testing', 'qry', 'course-for-scoring', 1),
} as const;

/** Domain events of the testing context (JetStream, stream TESTING_EVENTS); every payload is a {@link CourseProgress}. */
export const TestingEvents = {
  courseStarted: subject('testing', 'evt', 'course-started', 1),
  answerRecorded: subject('testing', 'evt', 'answer-recorded', 1),
  courseCompleted: subject('testing', 'evt', 'course-completed', 1),
  courseEnded: subject('testing', 'evt', 'course-ended', 1),
} as const;

/** Per-call caps of `testing.cmd.import-profiles.v1`; NATS refuses messages over 1 MB anyway. */
export const PROFILE_IMPORT_MAX_USERS = 1000;
export const PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS = 5000;
/** Cap of `testing.qry.eligibilities.v1`. */
export const ELIGIBILITIES_MAX_USERS = 1000;

export type KnowledgeElementStatus = 'validated' | 'invalidated';

/**
 * One result of a user on a skill, as the positioning platform records it. Knowledge elements are never updated:
 * a new attempt adds a new one, and the latest one (up to a date) is the one that counts.
 */
export interface KnowledgeElementInput {
  /** Competence code of the reference framework, `1.1` to `5.2`. */
  readonly competence: string;
  /** Skill (acquis): `@` + camelCase tube name + level digit 1 to 8, e.g. `@requeteWeb3`. */
  readonly skill: string;
  readonly status: KnowledgeElementStatus;
  readonly challengeId: string | null;
  /** Pix earned on the skill, ≥ 0 and at most 8 (one level), may be fractional; 0 when invalidated. */
  readonly earnedPix: number;
  /** ISO 8601 date-time with a time zone, e.g. `2025-11-03T10:15:00Z`. With `userId` and `skill`, the identity of the element. */
  readonly createdAt: string;
}

export interface ProfileImport {
  readonly userId: number;
  readonly knowledgeElements: readonly KnowledgeElementInput[];
}

/**
 * Re-sending an element already stored (same user, skill and `createdAt`) does not duplicate it: the first one
 * stored is kept. Either every element is valid and the whole import is stored in one transaction, or nothing is
 * stored (`PROFILE_IMPORT_INVALID`, `PROFILE_IMPORT_TOO_LARGE`).
 */
export interface ImportProfilesRequest {
  /** At most {@link PROFILE_IMPORT_MAX_USERS} users, each once, and {@link PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS} elements in all. */
  readonly profiles: readonly ProfileImport[];
}

export interface ImportProfilesResponse {
  /** Users whose profiles were received and are now up to date. */
  readonly usersImported: number;
  /** Elements newly stored by this call. */
  readonly knowledgeElementsImported: number;
  /** Elements received that were already stored (re-sent): ignored. */
  readonly knowledgeElementsAlreadyKnown: number;
}

export interface GetProfileRequest {
  readonly userId: number;
  /** ISO 8601 date-time with a time zone: knowledge elements created after it are ignored. */
  readonly limitDate: string;
}

export interface CompetenceProfileView {
  /** `1.1` to `5.2` */
  readonly code: string;
  readonly name: string;
  /** `1` to `5` */
  readonly areaCode: string;
  /** `floor` of the pix earned on the competence (not capped). */
  readonly pixScore: number;
  /** `floor(pixScore / 8)` (not capped). */
  readonly level: number;
  /** Skills the user directly validated (their latest element is validated), sorted by name. */
  readonly validatedSkills: readonly string[];
}

export interface ProfileView {
  readonly userId: number;
  /** The limit date, normalised to UTC (`toISOString`). */
  readonly limitDate: string;
  /** The 16 competences, in reference order (1.1 → 5.2). */
  readonly competences: readonly CompetenceProfileView[];
  /** Sum of the competences' pix scores. */
  readonly totalPix: number;
  /** At least 5 competences at level 1 or more (rules §4). */
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
}

export interface GetEligibilitiesRequest {
  /** At most {@link ELIGIBILITIES_MAX_USERS}; a user asked twice is answered once. */
  readonly userIds: readonly number[];
  /** ISO 8601 date-time with a time zone. */
  readonly limitDate: string;
}

export interface EligibilityView {
  readonly userId: number;
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
  readonly totalPix: number;
}

export interface GetEligibilitiesResponse {
  /** One per distinct user, in the order asked; a user without any knowledge element is not certifiable, with 0. */
  readonly eligibilities: readonly EligibilityView[];
}

/** `started` until the last answer (`completed`) or the invigilator's end (`ended_by_invigilator`). */
export type CourseState = 'started' | 'completed' | 'ended_by_invigilator' | 'ended_due_to_finalization';

/** Where a candidate's test stands. */
export interface CourseProgress {
  readonly courseId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly state: CourseState;
  /** Questions answered or skipped. */
  readonly answeredCount: number;
  /** Questions of the test (at most 48). */
  readonly questionCount: number;
  /** ISO date-time of the first start. */
  readonly startedAt: string;
  /** ISO date-time of the last answer or of the invigilator's end. */
  readonly endedAt: string | null;
}

export interface StartCourseRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  /** ISO date-time: the profile the test is generated from is the one at this date (the candidate's joining). */
  readonly profileDate: string;
}

export interface StartedCourse extends CourseProgress {
  /** `P-` + 8 characters (rules §11), generated at the first start. */
  readonly verificationCode: string;
  /** `false` on a resume: the existing test was returned. */
  readonly created: boolean;
}

export interface CourseRef {
  readonly courseId: number;
  /** The signed-in candidate: another user's test is "not found". */
  readonly userId: number;
}

/** The current question, without its solution; `question` is null once the test is over. */
export interface CurrentQuestion {
  readonly course: CourseProgress;
  readonly question: {
    /** 1-based, in generation order: the number the invigilator writes on an issue report. */
    readonly number: number;
    readonly challenge: PublicChallenge;
  } | null;
}

/**
 * The candidate's answer to the current question: QCU the 1-based index of the chosen proposal, QCM the chosen
 * indexes, free-text challenges the text of each field by key. `skip: true` ("Je passe") records `#ABAND#`.
 */
export interface AnswerRequest extends CourseRef {
  readonly challengeId: string;
  readonly answer?: Exclude<CandidateAnswer, '#ABAND#'>;
  readonly skip?: boolean;
  /** The candidate left the page of a focus challenge. */
  readonly focusedOut?: boolean;
  /** The time of a timed challenge ran out. */
  readonly timedOut?: boolean;
}

/** Recorded: the same answer sent twice gets the same receipt (`alreadyRecorded: true`), never a second answer. */
export interface AnswerReceipt {
  readonly course: CourseProgress;
  readonly questionNumber: number;
  readonly challengeId: string;
  readonly alreadyRecorded: boolean;
}

export interface EndCourseRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  /** The invigilator. */
  readonly endedBy: number;
}

export interface FinalizeCoursesRequest {
  readonly sessionId: number;
  /** Per candidate whose test was not completed: the abort reason given at finalisation (rules §8). */
  readonly abortReasons: readonly {
    readonly candidateId: number;
    readonly abortReason: 'candidate' | 'technical';
  }[];
}

export interface FinalizedCourse extends CourseProgress {
  readonly verificationCode: string;
  readonly abortReason: 'candidate' | 'technical' | null;
}

/** A certifiable competence of the profile the test was generated from (rules §10 inputs). */
export interface ScoringCompetence {
  /** `1.1` … `5.2` */
  readonly code: string;
  /** The level estimated from the profile (not capped). */
  readonly estimatedLevel: number;
  /** The pix earned on the competence (floor, not capped). */
  readonly pixScore: number;
}

export interface ScoringChallenge {
  /** 1-based, generation order = answer order: the question number of the issue reports. */
  readonly number: number;
  readonly challengeId: string;
  readonly competence: string;
  readonly skill: string;
  /** QCU, QCM, QROC, QROCM-ind, QROCM-dep. */
  readonly type: string;
  readonly flags: ChallengeFlags;
}

export interface ScoringAnswer {
  readonly questionNumber: number;
  readonly challengeId: string;
  /** ok, ko, partially, aband, timedout, focusedOut. */
  readonly status: string;
  readonly answeredAt: string;
}

export interface CourseForScoring {
  readonly course: FinalizedCourse;
  /** ISO date-time: the profile date (the candidate's joining). */
  readonly profileDate: string;
  /** Certifiable competences only (level ≥ 1 at the profile date), in reference order. */
  readonly competences: readonly ScoringCompetence[];
  readonly challenges: readonly ScoringChallenge[];
  readonly answers: readonly ScoringAnswer[];
}

/** Request-reply subjects of the testing context and their message types. */
export type TestingRequestMap = {
  [TestingSubjects.importProfiles]: RequestReply<ImportProfilesRequest, ImportProfilesResponse>;
  [TestingSubjects.getProfile]: RequestReply<GetProfileRequest, ProfileView>;
  [TestingSubjects.getEligibilities]: RequestReply<GetEligibilitiesRequest, GetEligibilitiesResponse>;
  [TestingSubjects.startCourse]: RequestReply<StartCourseRequest, StartedCourse>;
  [TestingSubjects.getCurrentQuestion]: RequestReply<CourseRef, CurrentQuestion>;
  [TestingSubjects.answer]: RequestReply<AnswerRequest, AnswerReceipt>;
  [TestingSubjects.endCourse]: RequestReply<EndCourseRequest, CourseProgress>;
  [TestingSubjects.finalizeCourses]: RequestReply<
    FinalizeCoursesRequest,
    { readonly courses: readonly FinalizedCourse[] }
  >;
  [TestingSubjects.getCourseForScoring]: RequestReply<{ readonly courseId: number }, CourseForScoring>;
  [TestingSubjects.getSessionCourses]: RequestReply<
    { readonly sessionId: number },
    { readonly courses: readonly CourseProgress[] }
  >;
};
