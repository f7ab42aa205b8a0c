import type { CentreType } from '../identity/identity.messages';
import type { RequestReply } from '../message-map';
import type { AbortReason } from '../sessions/sessions.messages';
import { subject } from '../subjects';

export const JurySubjects = {
  /** Sessions to process (need a jury member) or to publish, with filters (rules §8 publishability). */
  listSessions: subject('jury', 'qry', 'list-sessions', 1),
  /** A session with every certification: reports, answers, result history, comments, audit. */
  getSession: subject('jury', 'qry', 'get-session', 1),
  /** Every jury action goes through this one subject: audited, then rescored where it matters. */
  act: subject('jury', 'cmd', 'act', 1),
  /** Publishes every publishable session of the list (or the ones named). */
  publishBatch: subject('jury', 'cmd', 'publish-batch', 1),
  /** Public verification page (rules §11): a published, validated certificate only. */
  verifyCertificate: subject('jury', 'qry', 'verify-certificate', 1),
  /** Results CSV of a published session for its centre, optionally one class (rules §11). */
  getResultsCsv: subject('jury', 'qry', 'results-csv', 1),
  /** A candidate's own certifications: results only once published. */
  listUserCertifications: subject('jury', 'qry', 'user-certifications', 1),
  /** The data printed on attestations: one certification, or a page of a published session's (optionally a class). */
  getAttestations: subject('jury', 'qry', 'attestations', 1),
  /** The centre's view of its published sessions' results (to list classes and counts). */
  getSessionResults: subject('jury', 'qry', 'session-results', 1),
} as const;

export const JuryEvents = {
  /** Auto-jury done for one finalisation: every certification scored. */
  sessionScored: subject('jury', 'evt', 'session-scored', 1),
  sessionPublished: subject('jury', 'evt', 'session-published', 1),
  sessionUnpublished: subject('jury', 'evt', 'session-unpublished', 1),
} as const;

/** Rules §9. `started` = no result yet. */
export const CERTIFICATION_STATUSES = ['validated', 'rejected', 'cancelled', 'error', 'started'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export type ResultEmitter = 'PIX-ALGO' | 'Jury Pix' | 'PIX-ALGO-FRAUD-REJECTION';

/** Automatic comment keys (rules §9), translated per context. */
export type JuryCommentKey =
  | 'FRAUD'
  | 'CANCELLED_BY_JURY'
  | 'CANCELLED_DUE_TO_NEUTRALIZATION'
  | 'CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON'
  | 'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS'
  | 'REJECTED_DUE_TO_LACK_OF_ANSWERS';

/** `to_process`: needs a jury member; `to_publish`: publishable; `published`. */
export type JurySessionList = 'to_process' | 'to_publish' | 'published';

/** Derived like rules §2.4, seen from Pix Admin. */
export type JurySessionStatus = 'finalized' | 'in_process' | 'processed';

export interface ListJurySessionsRequest {
  readonly list: JurySessionList;
  readonly certificationCenterName?: string;
  readonly sessionId?: number;
  readonly assignedToUserId?: number | null;
  /** `YYYY-MM-DD` bounds of the session date. */
  readonly from?: string;
  readonly to?: string;
}

export interface JurySessionSummary {
  readonly sessionId: number;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly date: string;
  readonly time: string;
  readonly finalizedAt: string;
  readonly publishedAt: string | null;
  readonly status: JurySessionStatus;
  readonly assignedTo: { readonly userId: number; readonly name: string } | null;
  readonly certificationCount: number;
  /** Impactful reports left unresolved. */
  readonly unresolvedImpactfulReportCount: number;
  readonly hasExaminerGlobalComment: boolean;
  readonly publishable: boolean;
  /** Why not publishable, in French, one line each. */
  readonly blockers: readonly string[];
  /** False until the auto-jury has scored the session. */
  readonly autoJuryDone: boolean;
}

export interface CompetenceMark {
  readonly code: string;
  readonly areaCode: string;
  /** −1 when not certified. */
  readonly level: number;
  readonly score: number;
}

export interface CertificationResultView {
  readonly id: number;
  readonly status: CertificationStatus;
  readonly pixScore: number;
  readonly reproducibilityRate: number | null;
  readonly competenceMarks: readonly CompetenceMark[];
  readonly commentKey: JuryCommentKey | null;
  readonly emitter: ResultEmitter;
  /** The jury member for a jury result. */
  readonly juryUserId: number | null;
  /** Free text for `error` results. */
  readonly errorMessage: string | null;
  readonly createdAt: string;
}

export interface CertifiedIdentity {
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  readonly birthdate: string;
  readonly birthCity: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthPostalCode: string | null;
}

export interface QuestionView {
  readonly number: number;
  readonly challengeId: string;
  readonly competence: string;
  readonly type: string;
  readonly answerStatus: string | null;
  readonly neutralized: boolean;
  /** By whom: `technical-abort`, `issue-report`, `jury`. */
  readonly neutralizedBy: string | null;
  readonly autoSkipped: boolean;
  readonly remarkedOk: boolean;
}

export interface JuryIssueReportView {
  readonly id: number;
  readonly code: string | null;
  readonly label: string;
  readonly description: string | null;
  readonly questionNumber: number | null;
  readonly isImpactful: boolean;
  readonly resolvedAt: string | null;
  readonly resolution: string | null;
  readonly hasBeenAutomaticallyResolved: boolean;
}

export interface JuryCertificationView {
  /** The certification number (the testing course id). */
  readonly certificationId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly identity: CertifiedIdentity;
  readonly division: string | null;
  readonly externalId: string | null;
  readonly verificationCode: string;
  readonly courseState: string;
  readonly abortReason: AbortReason | null;
  readonly examinerComment: string | null;
  readonly status: CertificationStatus;
  readonly pixScore: number;
  readonly isCancelled: boolean;
  readonly isRejectedForFraud: boolean;
  readonly commentForCandidate: string | null;
  readonly commentForOrganization: string | null;
  readonly commentByJury: string | null;
  readonly issueReports: readonly JuryIssueReportView[];
  readonly questions: readonly QuestionView[];
  /** Newest first. */
  readonly results: readonly CertificationResultView[];
}

export interface JuryAuditEntry {
  readonly id: number;
  readonly action: JuryActionKind;
  readonly userId: number;
  readonly at: string;
  readonly certificationId: number | null;
  readonly before: unknown;
  readonly after: unknown;
}

export interface JurySessionDetail extends JurySessionSummary {
  readonly address: string;
  readonly room: string;
  readonly examiner: string;
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
  readonly juryComment: string | null;
  readonly certifications: readonly JuryCertificationView[];
  /** Newest first. */
  readonly audit: readonly JuryAuditEntry[];
}

export type JuryActionKind =
  | 'assign'
  | 'comment-session'
  | 'resolve-report'
  | 'neutralize'
  | 'deneutralize'
  | 'cancel'
  | 'uncancel'
  | 'reject'
  | 'unreject'
  | 'correct-identity'
  | 'comment-certification'
  | 'unfinalize'
  | 'publish'
  | 'unpublish';

/** A jury action. `actor` is the staff member (the gateway checked SUPER_ADMIN, CERTIF or SUPPORT). */
export type JuryAction =
  | { readonly kind: 'assign' }
  | { readonly kind: 'comment-session'; readonly comment: string | null }
  | { readonly kind: 'resolve-report'; readonly certificationId: number; readonly issueReportId: number; readonly resolution: string }
  | { readonly kind: 'neutralize' | 'deneutralize'; readonly certificationId: number; readonly challengeId: string }
  | { readonly kind: 'cancel' | 'uncancel' | 'reject' | 'unreject'; readonly certificationId: number }
  | { readonly kind: 'correct-identity'; readonly certificationId: number; readonly identity: CertifiedIdentity }
  | {
      readonly kind: 'comment-certification';
      readonly certificationId: number;
      readonly commentForCandidate: string | null;
      readonly commentForOrganization: string | null;
      readonly commentByJury: string | null;
    }
  | { readonly kind: 'unfinalize' | 'publish' | 'unpublish' };

export type JuryActRequest = {
  readonly sessionId: number;
  readonly actor: { readonly userId: number; readonly name: string };
  readonly action: JuryAction;
};

export interface PublishBatchRequest {
  readonly actor: { readonly userId: number; readonly name: string };
  /** Defaults to every session of the "to publish" list. */
  readonly sessionIds?: readonly number[];
}

export interface PublishBatchResponse {
  readonly published: readonly number[];
  readonly refused: readonly { readonly sessionId: number; readonly code: string; readonly message: string }[];
}

/** Exactly what rules §11 lists: no email, no identifier. */
export interface ShareableCertificate {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthdate: string;
  readonly birthplace: string;
  /** `YYYY-MM-DD` of the exam. */
  readonly certificationDate: string;
  /** `YYYY-MM-DD` of the publication. */
  readonly deliveredAt: string;
  readonly certificationCenter: string;
  readonly pixScore: number;
  readonly maxReachableLevel: number;
  /** `maxReachableLevel × 128` */
  readonly maxReachableScore: number;
  /** The 16 competences by area; levels ≤ 0 are shown greyed. */
  readonly competences: readonly {
    readonly code: string;
    readonly name: string;
    readonly areaCode: string;
    readonly areaTitle: string;
    readonly level: number;
  }[];
}

export interface ResultsCsvRequest {
  readonly sessionId: number;
  readonly certificationCenterId: number;
  /** A class: omits the "Centre de certification" column. */
  readonly division?: string | null;
}

export interface ResultsCsv {
  readonly fileName: string;
  /** UTF-8 with BOM, `;`-separated. */
  readonly content: string;
}

export interface UserCertificationView {
  readonly certificationId: number;
  readonly sessionId: number;
  readonly certificationCenterName: string;
  readonly date: string;
  readonly published: boolean;
  /** Null until published. */
  readonly status: CertificationStatus | null;
  readonly pixScore: number | null;
  readonly verificationCode: string | null;
  readonly commentForCandidate: string | null;
  readonly competences: ShareableCertificate['competences'] | null;
  readonly maxReachableScore: number | null;
}

/** Printed on the attestation PDF (rules §11). */
export interface AttestationData extends ShareableCertificate {
  readonly certificationId: number;
  readonly sessionId: number;
  readonly verificationCode: string;
  readonly division: string | null;
}

/**
 * One certification (`certificationId`, for the candidate `userId` must match, for a centre its id must), or a page of a
 * published session (`sessionId`, optionally `division`). Only published, validated certifications have attestations.
 */
export type GetAttestationsRequest =
  | { readonly certificationId: number; readonly userId?: number; readonly certificationCenterId?: number }
  | {
      readonly sessionId: number;
      readonly certificationCenterId: number;
      readonly division?: string | null;
      readonly offset?: number;
      readonly limit?: number;
    };

export interface GetAttestationsResponse {
  readonly attestations: readonly AttestationData[];
  /** How many in all (for a session page). */
  readonly total: number;
}

export interface SessionResultsRequest {
  readonly sessionId: number;
  readonly certificationCenterId: number;
}

export interface SessionResults {
  readonly sessionId: number;
  readonly published: boolean;
  readonly publishedAt: string | null;
  readonly divisions: readonly string[];
  readonly certifications: readonly {
    readonly certificationId: number;
    readonly firstName: string;
    readonly lastName: string;
    readonly division: string | null;
    readonly status: CertificationStatus;
    readonly pixScore: number;
  }[];
}

export interface SessionScoredEvent {
  readonly sessionId: number;
  readonly finalization: number;
  readonly certificationCount: number;
  readonly publishable: boolean;
}

export interface SessionPublicationEvent {
  readonly sessionId: number;
  readonly certificationCenterId: number;
  readonly publishedAt: string | null;
}

export type JuryRequestMap = {
  [JurySubjects.listSessions]: RequestReply<ListJurySessionsRequest, { readonly sessions: readonly JurySessionSummary[] }>;
  [JurySubjects.getSession]: RequestReply<{ readonly sessionId: number }, JurySessionDetail>;
  [JurySubjects.act]: RequestReply<JuryActRequest, JurySessionDetail>;
  [JurySubjects.publishBatch]: RequestReply<PublishBatchRequest, PublishBatchResponse>;
  [JurySubjects.verifyCertificate]: RequestReply<{ readonly verificationCode: string }, ShareableCertificate>;
  [JurySubjects.getResultsCsv]: RequestReply<ResultsCsvRequest, ResultsCsv>;
  [JurySubjects.listUserCertifications]: RequestReply<
    { readonly userId: number },
    { readonly certifications: readonly UserCertificationView[] }
  >;
  [JurySubjects.getAttestations]: RequestReply<GetAttestationsRequest, GetAttestationsResponse>;
  [JurySubjects.getSessionResults]: RequestReply<SessionResultsRequest, SessionResults>;
};

export type { CentreType };
