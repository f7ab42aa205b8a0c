import type { CentreType } from '../identity/identity.messages';
import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

export const SessionsSubjects = {
  createSession: subject('sessions', 'cmd', 'create-session', 1),
  getSession: subject('sessions', 'qry', 'get-session', 1),
  listSessions: subject('sessions', 'qry', 'list-sessions', 1),
  updateSession: subject('sessions', 'cmd', 'update-session', 1),
  deleteSession: subject('sessions', 'cmd', 'delete-session', 1),
  importSessions: subject('sessions', 'cmd', 'import-sessions', 1),
  listCandidates: subject('sessions', 'qry', 'list-candidates', 1),
  addCandidate: subject('sessions', 'cmd', 'add-candidate', 1),
  removeCandidate: subject('sessions', 'cmd', 'remove-candidate', 1),
  enrolPupils: subject('sessions', 'cmd', 'enrol-pupils', 1),
  importCandidates: subject('sessions', 'cmd', 'import-candidates', 1),
  setCertificationWindow: subject('sessions', 'cmd', 'set-certification-window', 1),
  listCertificationWindows: subject('sessions', 'qry', 'certification-windows', 1),
  superviseSession: subject('sessions', 'cmd', 'supervise-session', 1),
  getInvigilatedSession: subject('sessions', 'qry', 'invigilated-session', 1),
  authorizeCandidate: subject('sessions', 'cmd', 'authorize-candidate', 1),
  joinSession: subject('sessions', 'cmd', 'join-session', 1),
  /** The joined candidate enters the access code: starts the test or resumes it (rules §6.1 step 4). */
  startTest: subject('sessions', 'cmd', 'start-test', 1),
  /** The invigilator ends a candidate's test ("Terminer le test"). */
  endCandidateTest: subject('sessions', 'cmd', 'end-candidate-test', 1),
  /** What the finalisation form needs: every started test with whether it was completed (rules §8). */
  getFinalizationForm: subject('sessions', 'qry', 'finalization-form', 1),
  /** A centre member finalises the session (rules §8): checks in order, then frozen; emits `session-finalized`. */
  finalizeSession: subject('sessions', 'cmd', 'finalize-session', 1),
  /** The jury service records its progress on the session: assigned officer, publication (rules §2.4, §9). */
  setJuryStatus: subject('sessions', 'cmd', 'set-jury-status', 1),
  /** Pix staff reopen an unpublished finalised session (rules §2.4): the centre can finalise it again. */
  unfinalizeSession: subject('sessions', 'cmd', 'unfinalize-session', 1),
} as const;

/** Domain events of the sessions context (JetStream, stream SESSIONS_EVENTS). */
export const SessionsEvents = {
  /** A candidate joined, was authorised or not, started or had their test ended: {@link CandidateChanged}. */
  candidateChanged: subject('sessions', 'evt', 'candidate-changed', 1),
  /** The centre finalised the session: {@link SessionFinalized}. The jury service runs the auto-jury on it. */
  sessionFinalized: subject('sessions', 'evt', 'session-finalized', 1),
} as const;

/** Rules §8: `candidate` = "Abandon : manque de temps ou départ prématuré", `technical` = "Problème technique". */
export const ABORT_REASONS = ['candidate', 'technical'] as const;
export type AbortReason = (typeof ABORT_REASONS)[number];

/** Per started test, as the centre fills in the finalisation form. */
export interface CertificationReportInput {
  readonly candidateId: number;
  /** ≤ 500 characters; blank becomes null. */
  readonly examinerComment?: string | null;
  /** Required for an unfinished test, refused for a finished one. */
  readonly abortReason?: AbortReason | null;
}

export interface FinalizeSessionRequest extends SessionRef {
  readonly finalizedBy: number;
  readonly examinerGlobalComment?: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
  /** One per started test (candidates who never started are not listed). */
  readonly reports: readonly CertificationReportInput[];
}

/** A started test as the finalisation form shows it. */
export interface FinalizationCandidate {
  readonly candidateId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly division: string | null;
  /** From testing: completed tests take no abort reason. */
  readonly courseState: CourseStateForFinalization;
  readonly answeredCount: number;
  readonly questionCount: number;
  /** True when the test is not completed: an abort reason is required. */
  readonly abortReasonRequired: boolean;
  /** What was stored at the last finalisation (kept after an unfinalisation, to pre-fill the form); else null. */
  readonly examinerComment: string | null;
  readonly abortReason: AbortReason | null;
}

export type CourseStateForFinalization = 'started' | 'completed' | 'ended_by_invigilator' | 'ended_due_to_finalization';

export interface FinalizationForm {
  readonly session: SessionView;
  readonly candidates: readonly FinalizationCandidate[];
  /** Session-level answers of the last finalisation (pre-fill after an unfinalisation); null/false before. */
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
}

/** The identity of a candidate as it will appear on the certificate (the jury may correct it). */
export interface FinalizedCandidate {
  readonly candidateId: number;
  readonly userId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  readonly birthCity: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthPostalCode: string | null;
  readonly externalId: string | null;
  readonly division: string | null;
  readonly resultRecipientEmail: string | null;
  readonly examinerComment: string | null;
  readonly abortReason: AbortReason | null;
  /** ISO date-time of the first start. */
  readonly startedAt: string;
}

/** Event `sessions.evt.session-finalized.v1`: everything the jury needs about the session and its started tests. */
export interface SessionFinalized {
  readonly sessionId: number;
  /** 1 for the first finalisation, +1 after each unfinalisation: (sessionId, finalization) identifies this one. */
  readonly finalization: number;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly address: string;
  readonly room: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly finalizedAt: string;
  readonly finalizedBy: number;
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
  readonly candidates: readonly FinalizedCandidate[];
}

/** Sent by the jury service only. Null clears. */
export interface SetJuryStatusRequest {
  readonly sessionId: number;
  readonly assignedCertificationOfficerId: number | null;
  /** ISO date-time, or null when unpublished. */
  readonly publishedAt: string | null;
}

export interface UnfinalizeSessionRequest {
  readonly sessionId: number;
  readonly unfinalizedBy: number;
}

export type CandidateChange =
  'joined' | 'presence_confirmed' | 'presence_withdrawn' | 'resume_authorized' | 'started' | 'test_ended';

export interface CandidateChanged {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly change: CandidateChange;
  readonly authorizedToStart: boolean;
  /** ISO date-time of the first start, once started. */
  readonly startedAt: string | null;
  /** ISO date-time of the change. */
  readonly at: string;
}

export type PlanningWarningCode = 'OUTSIDE_CERTIFICATION_WINDOW' | 'TOO_MANY_CANDIDATES_PER_INVIGILATOR';

/** A planning check that failed: shown to the centre, never a block. */
export interface PlanningWarning {
  readonly code: PlanningWarningCode;
  readonly message: string;
}

export type SessionStatusCode = 'created' | 'finalized' | 'in_process' | 'processed';

/** A session as the centre's console sees it. `id` is the session number printed everywhere. */
export interface SessionView {
  readonly id: number;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly address: string;
  readonly room: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM`, 24 h, local time of the centre */
  readonly time: string;
  readonly examiner: string;
  readonly description: string | null;
  readonly accessCode: string;
  /** As printed on the invigilator kit: `C-XXXXX`. */
  readonly invigilatorPassword: string;
  readonly status: SessionStatusCode;
  readonly createdBy: number;
  readonly createdAt: string;
  readonly candidateCount: number;
  /** `HH:MM`: start + 15 min welcome + 1 h 45 stretched by the largest extra time enrolled. */
  readonly expectedEndTime: string;
  /** Only while no candidate has started: then the session can be deleted. */
  readonly deletable: boolean;
  readonly warnings: readonly PlanningWarning[];
  /** ISO date-time of the first candidate's start; null while nobody started. */
  readonly firstStartedAt: string | null;
  readonly finalizedAt: string | null;
  readonly publishedAt: string | null;
  /** Rules §2.5: started more than 48 h ago and not finalised. A reminder, never a block. */
  readonly finalizationOverdue: boolean;
}

/** Sent by the gateway once it has checked that `createdBy` is a member of the centre. */
export interface CreateSessionRequest {
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly createdBy: number;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly description?: string | null;
}

/** Scoped by centre: a session of another centre is reported as not found. */
export interface GetSessionRequest {
  readonly sessionId: number;
  readonly certificationCenterId: number;
}

export interface SessionRef {
  readonly sessionId: number;
  readonly certificationCenterId: number;
}

export interface ListSessionsRequest {
  readonly certificationCenterId: number;
}

export interface UpdateSessionRequest extends SessionRef {
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly description?: string | null;
}

/** Mass creation from the CSV of rules §2.1: all sessions or none. */
export interface ImportSessionsRequest {
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly createdBy: number;
  readonly fileName: string;
  readonly base64: string;
}

export type BillingMode = 'FREE' | 'PAID' | 'PREPAID';

/** A candidate as typed in the console (rules §3.1). */
export interface CandidateInput {
  readonly firstName: string;
  /** Birth name ("nom de naissance"). */
  readonly lastName: string;
  /** `M` or `F` (checked by the sessions service). */
  readonly sex: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  readonly birthCountry?: string | null;
  readonly birthINSEECode?: string | null;
  readonly birthPostalCode?: string | null;
  readonly birthCity?: string | null;
  readonly externalId?: string | null;
  readonly email?: string | null;
  readonly resultRecipientEmail?: string | null;
  /** A percentage (30, "30 %") or a fraction below 1 (0.3). */
  readonly extraTimePercentage?: number | string | null;
  /** `FREE`, `PAID`, `PREPAID` (or the labels Gratuite, Payante, Prépayée); non-SCO centres only. */
  readonly billingMode?: string | null;
  readonly prepaymentCode?: string | null;
}

export interface CandidateView {
  readonly id: number;
  readonly sessionId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  readonly birthdate: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthPostalCode: string | null;
  readonly birthCity: string;
  readonly externalId: string | null;
  /** SCO: the pupil's class. */
  readonly division: string | null;
  readonly pupilId: number | null;
  readonly email: string | null;
  readonly resultRecipientEmail: string | null;
  /** Decimal fraction: 0.3 = 30 %. */
  readonly extraTimePercentage: number | null;
  readonly billingMode: BillingMode | null;
  readonly prepaymentCode: string | null;
  readonly userId: number | null;
  readonly reconciledAt: string | null;
}

export interface AddCandidateRequest extends SessionRef {
  readonly candidate: CandidateInput;
}

export interface RemoveCandidateRequest extends SessionRef {
  readonly candidateId: number;
}

/** A pupil as the gateway read it from identity: the identity is copied onto the candidate. */
export interface PupilForEnrolment {
  readonly pupilId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  readonly birthdate: string;
  readonly division: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthCity: string;
  readonly userId: number | null;
}

export interface EnrolPupilsRequest extends SessionRef {
  readonly pupils: readonly PupilForEnrolment[];
}

export interface EnrolmentReport {
  readonly enrolled: number;
  /** Already in the session: left as they were. */
  readonly alreadyEnrolled: number;
  readonly candidateCount: number;
}

export interface ImportCandidatesRequest extends SessionRef {
  readonly fileName: string;
  readonly base64: string;
}

export interface CertificationWindowView {
  readonly centreType: CentreType;
  /** `2026-2027` */
  readonly schoolYear: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** An invigilator signs in to a session with its number and password (with or without `C-`). */
export interface SuperviseSessionRequest {
  readonly sessionId: number;
  readonly password: string;
  readonly userId: number;
  /** The client's address as seen by the gateway, for throttling. */
  readonly ip: string;
}

export interface InvigilatedSessionRequest {
  readonly sessionId: number;
  readonly userId: number;
}

export type InvigilatedCandidateStatus = 'not_started' | 'in_progress' | 'finished' | 'ended_by_invigilator';

export interface InvigilatedCandidate {
  readonly id: number;
  readonly lastName: string;
  readonly firstName: string;
  readonly birthdate: string;
  /** Decimal fraction: 0.3 = 30 %; shown, applied by the invigilator. */
  readonly extraTimePercentage: number | null;
  readonly authorizedToStart: boolean;
  readonly status: InvigilatedCandidateStatus;
  /** Questions answered or skipped, and questions of the test: "question n / N" is `answeredCount + 1` of it. */
  readonly answeredCount: number;
  /** 0 until the test is generated (first start). */
  readonly questionCount: number;
  /** ISO date-time */
  readonly startedAt: string | null;
  /** start + 105 min × (1 + extra time); shown, never enforced. */
  readonly theoreticalEndAt: string | null;
}

/**
 * The invigilator confirms a candidate's presence (before the start) or authorises a resume (after it), or
 * withdraws it. Recorded with who and when.
 */
export interface AuthorizeCandidateRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly authorized: boolean;
}

/** A signed-in candidate joins a session with its number and their identity (rules §6.1). */
export interface JoinSessionRequest {
  readonly sessionId: number;
  readonly userId: number;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
}

/** Linked: the next step is the access code, once the invigilator has confirmed the candidate's presence. */
export interface JoinedSession {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly certificationCenterName: string;
  /** Every entry resets it: the invigilator confirms presence (or authorises the resume) again. */
  readonly authorizedToStart: false;
}

/** The invigilator space: no access code or password in it. */
export interface InvigilatedSession {
  readonly sessionId: number;
  readonly certificationCenterName: string;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly status: SessionStatusCode;
  readonly candidates: readonly InvigilatedCandidate[];
  /**
   * False when the testing service did not answer: statuses then come from the start times only (not started /
   * in progress) and the counts are 0. The space stays usable.
   */
  readonly progressAvailable: boolean;
}

/** The joined candidate enters the access code given out by the invigilator. */
export interface StartTestRequest {
  readonly sessionId: number;
  readonly userId: number;
  readonly accessCode: string;
}

/** The test to take: `resumed` when it had started before (the candidate continues at the first unanswered question). */
export interface StartedTest {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly courseId: number;
  readonly resumed: boolean;
  readonly answeredCount: number;
  readonly questionCount: number;
}

export interface EndCandidateTestRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  /** The invigilator. */
  readonly userId: number;
}

export type SessionsRequestMap = {
  [SessionsSubjects.createSession]: RequestReply<CreateSessionRequest, SessionView>;
  [SessionsSubjects.getSession]: RequestReply<GetSessionRequest, SessionView>;
  [SessionsSubjects.listSessions]: RequestReply<ListSessionsRequest, { readonly sessions: readonly SessionView[] }>;
  [SessionsSubjects.updateSession]: RequestReply<UpdateSessionRequest, SessionView>;
  [SessionsSubjects.deleteSession]: RequestReply<SessionRef, { readonly deleted: true }>;
  [SessionsSubjects.importSessions]: RequestReply<ImportSessionsRequest, { readonly sessions: readonly SessionView[] }>;
  [SessionsSubjects.listCandidates]: RequestReply<SessionRef, { readonly candidates: readonly CandidateView[] }>;
  [SessionsSubjects.addCandidate]: RequestReply<AddCandidateRequest, CandidateView>;
  [SessionsSubjects.removeCandidate]: RequestReply<RemoveCandidateRequest, { readonly removed: true }>;
  [SessionsSubjects.enrolPupils]: RequestReply<EnrolPupilsRequest, EnrolmentReport>;
  [SessionsSubjects.importCandidates]: RequestReply<ImportCandidatesRequest, EnrolmentReport>;
  [SessionsSubjects.setCertificationWindow]: RequestReply<CertificationWindowView, CertificationWindowView>;
  [SessionsSubjects.superviseSession]: RequestReply<SuperviseSessionRequest, InvigilatedSession>;
  [SessionsSubjects.getInvigilatedSession]: RequestReply<InvigilatedSessionRequest, InvigilatedSession>;
  [SessionsSubjects.authorizeCandidate]: RequestReply<AuthorizeCandidateRequest, InvigilatedCandidate>;
  [SessionsSubjects.joinSession]: RequestReply<JoinSessionRequest, JoinedSession>;
  [SessionsSubjects.startTest]: RequestReply<StartTestRequest, StartedTest>;
  [SessionsSubjects.endCandidateTest]: RequestReply<EndCandidateTestRequest, InvigilatedCandidate>;
  [SessionsSubjects.getFinalizationForm]: RequestReply<SessionRef, FinalizationForm>;
  [SessionsSubjects.finalizeSession]: RequestReply<FinalizeSessionRequest, SessionView>;
  [SessionsSubjects.setJuryStatus]: RequestReply<SetJuryStatusRequest, { readonly sessionId: number }>;
  [SessionsSubjects.unfinalizeSession]: RequestReply<UnfinalizeSessionRequest, { readonly sessionId: number }>;
  [SessionsSubjects.listCertificationWindows]: RequestReply<
    Record<string, never>,
    { readonly windows: readonly CertificationWindowView[] }
  >;
};
