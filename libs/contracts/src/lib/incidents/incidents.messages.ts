import type { ChallengeFlags } from '@pix/referential';
import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

export const IncidentsSubjects = {
  recordIssueReport: subject('incidents', 'cmd', 'record-issue-report', 1),
  listIssueReports: subject('incidents', 'qry', 'list-issue-reports', 1),
  deleteIssueReport: subject('incidents', 'cmd', 'delete-issue-report', 1),
  fileFraudReport: subject('incidents', 'cmd', 'file-fraud-report', 1),
  listFraudReports: subject('incidents', 'qry', 'list-fraud-reports', 1),
  getEvidenceFile: subject('incidents', 'qry', 'get-evidence-file', 1),
  raiseAlert: subject('incidents', 'cmd', 'raise-alert', 1),
  listAlerts: subject('incidents', 'qry', 'list-alerts', 1),
  decideAlert: subject('incidents', 'cmd', 'decide-alert', 1),
  /**
   * Auto-jury (rules §7): resolve the session's reports that have an automatic strategy, given each candidate's
   * questions. Idempotent: a report already resolved keeps its resolution; every report comes back with its effect.
   */
  resolveAutomatically: subject('incidents', 'cmd', 'resolve-automatically', 1),
  /** A jury member resolves a report by hand (not one resolved automatically). */
  resolveManually: subject('incidents', 'cmd', 'resolve-manually', 1),
} as const;

/** Published through the outbox after commit. Every payload names its session and candidate (invigilator space). */
export const IncidentsEvents = {
  issueReportRecorded: subject('incidents', 'evt', 'issue-report-recorded', 1),
  issueReportDeleted: subject('incidents', 'evt', 'issue-report-deleted', 1),
  fraudReportFiled: subject('incidents', 'evt', 'fraud-report-filed', 1),
  alertRaised: subject('incidents', 'evt', 'alert-raised', 1),
  alertDecided: subject('incidents', 'evt', 'alert-decided', 1),
} as const;

/** Evidence of a PV de fraude: checked by the gateway (to keep NATS messages small) and by the service. */
export const EVIDENCE_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 2 * 1024 * 1024,
  maxTotalBytes: 5 * 1024 * 1024,
} as const;

export const EVIDENCE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

/** Who wrote the report: the invigilator, the centre after the session, or the service itself. */
export type IssueReportSource = 'invigilator' | 'centre' | 'candidate_alert' | 'fraud_report';
/** The sources a person may record directly; the other two come with an alert or a fraud report. */
export type ManualIssueReportSource = Extract<IssueReportSource, 'invigilator' | 'centre'>;

export interface IssueReportView {
  readonly id: number;
  readonly sessionId: number;
  readonly candidateId: number;
  /** The code of the PV d'incident (C1…E12, A1… for deprecated kinds); null for a combination the catalogue ignores. */
  readonly code: string | null;
  readonly category: string;
  readonly subcategory: string | null;
  /** French label of the kind. */
  readonly label: string;
  /** As typed, trimmed; never interpreted as HTML. */
  readonly description: string | null;
  readonly questionNumber: number | null;
  readonly source: IssueReportSource;
  readonly recordedBy: number;
  /** ISO date-time. */
  readonly recordedAt: string;
  readonly isImpactful: boolean;
  readonly resolvedAt: string | null;
  readonly resolution: string | null;
  readonly hasBeenAutomaticallyResolved: boolean;
}

/**
 * One issue report for a candidate of the session. The kind is named either by its `code` (C1, E3…) or by
 * `category` and `subcategory`; the gateway checked that the candidate belongs to the session.
 */
export interface RecordIssueReportRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly code?: string | null;
  readonly category?: string | null;
  readonly subcategory?: string | null;
  readonly description?: string | null;
  readonly questionNumber?: number | null;
  readonly source: ManualIssueReportSource;
  readonly recordedBy: number;
}

export interface ListIssueReportsRequest {
  readonly sessionId: number;
}

export interface DeleteIssueReportRequest {
  readonly sessionId: number;
  readonly issueReportId: number;
  readonly deletedBy: number;
}

export interface EvidenceUpload {
  /** As the browser named it; sanitised before it is stored. */
  readonly fileName: string;
  readonly base64: string;
}

export interface EvidenceFileView {
  readonly id: number;
  /** Sanitised, with the extension of the detected type. */
  readonly fileName: string;
  /** Detected from the content (magic bytes), never from the name or the declared type. */
  readonly contentType: EvidenceContentType;
  readonly sizeBytes: number;
  /** Hex sha256 of the content. */
  readonly sha256: string;
}

export interface FileFraudReportRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  /** ISO date-time of the facts. */
  readonly occurredAt: string;
  readonly description: string;
  readonly invigilatorName: string;
  readonly files: readonly EvidenceUpload[];
  readonly recordedBy: number;
}

export interface FraudReportView {
  readonly id: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly occurredAt: string;
  readonly description: string;
  readonly invigilatorName: string;
  readonly recordedBy: number;
  readonly recordedAt: string;
  /** The C6 report recorded with it. */
  readonly issueReportId: number;
  readonly evidence: readonly EvidenceFileView[];
}

export interface ListFraudReportsRequest {
  readonly sessionId: number;
}

export interface GetEvidenceFileRequest {
  readonly sessionId: number;
  readonly fraudReportId: number;
  readonly evidenceFileId: number;
}

export interface EvidenceFileContent extends EvidenceFileView {
  readonly base64: string;
}

export type AlertStatus = 'ongoing' | 'validated' | 'dismissed';

export interface AlertView {
  readonly id: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly courseId: number;
  readonly questionNumber: number;
  readonly challengeId: string;
  readonly status: AlertStatus;
  readonly raisedAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: number | null;
  /** The IN_CHALLENGE subcategory chosen on validation (FILE_NOT_OPENING…). */
  readonly subcategory: string | null;
  /** Its code on the PV d'incident (E3…). */
  readonly code: string | null;
  /** The IN_CHALLENGE report recorded on validation. */
  readonly issueReportId: number | null;
}

/** Sent by the gateway with what the testing service says of the candidate's current question. */
export interface RaiseAlertRequest {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly courseId: number;
  readonly questionNumber: number;
  readonly challengeId: string;
}

export interface ListAlertsRequest {
  readonly sessionId: number;
}

/** `subcategory` names an IN_CHALLENGE kind by its code (E3) or its subcategory (FILE_NOT_OPENING). */
export type AlertDecision =
  { readonly decision: 'validated'; readonly subcategory: string } | { readonly decision: 'dismissed' };

export type DecideAlertRequest = AlertDecision & {
  readonly sessionId: number;
  readonly alertId: number;
  readonly decidedBy: number;
};

export interface IssueReportRecordedEvent {
  readonly issueReportId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly code: string | null;
  readonly category: string;
  readonly subcategory: string | null;
  readonly questionNumber: number | null;
  readonly source: IssueReportSource;
  readonly recordedAt: string;
}

export interface IssueReportDeletedEvent {
  readonly issueReportId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly deletedBy: number;
}

export interface FraudReportFiledEvent {
  readonly fraudReportId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly issueReportId: number;
  readonly occurredAt: string;
  readonly evidenceCount: number;
}

export interface AlertRaisedEvent {
  readonly alertId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly questionNumber: number;
  readonly challengeId: string;
  readonly raisedAt: string;
}

export interface AlertDecidedEvent {
  readonly alertId: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly status: Exclude<AlertStatus, 'ongoing'>;
  readonly subcategory: string | null;
  readonly issueReportId: number | null;
}

/** One question of a candidate's test, for the automatic resolution. */
export interface QuestionForResolution {
  readonly number: number;
  readonly challengeId: string;
  readonly flags: ChallengeFlags;
  /** ok, ko, partially, aband, timedout, focusedOut; null when the question was never answered. */
  readonly answerStatus: string | null;
}

export interface ResolveAutomaticallyRequest {
  readonly sessionId: number;
  readonly candidates: readonly {
    readonly candidateId: number;
    readonly questions: readonly QuestionForResolution[];
  }[];
}

/** What a resolution does to the candidate's test: the jury service applies it before scoring. */
export type ResolutionEffect = 'neutralise' | 'remark-ok' | 'no-effect';

export interface ResolvedIssueReport extends IssueReportView {
  /** Null while unresolved, and for reports resolved by hand. */
  readonly effect: ResolutionEffect | null;
  /** The challenge the effect applies to (when the number matched a question). */
  readonly challengeId: string | null;
}

export interface ResolveAutomaticallyResponse {
  readonly issueReports: readonly ResolvedIssueReport[];
}

export interface ResolveManuallyRequest {
  readonly sessionId: number;
  readonly issueReportId: number;
  /** Free text, 1–500 characters. */
  readonly resolution: string;
  readonly resolvedBy: number;
}

export type IncidentsEventMap = {
  [IncidentsEvents.issueReportRecorded]: IssueReportRecordedEvent;
  [IncidentsEvents.issueReportDeleted]: IssueReportDeletedEvent;
  [IncidentsEvents.fraudReportFiled]: FraudReportFiledEvent;
  [IncidentsEvents.alertRaised]: AlertRaisedEvent;
  [IncidentsEvents.alertDecided]: AlertDecidedEvent;
};

export type IncidentsRequestMap = {
  [IncidentsSubjects.recordIssueReport]: RequestReply<RecordIssueReportRequest, IssueReportView>;
  [IncidentsSubjects.listIssueReports]: RequestReply<
    ListIssueReportsRequest,
    { readonly issueReports: readonly IssueReportView[] }
  >;
  [IncidentsSubjects.deleteIssueReport]: RequestReply<DeleteIssueReportRequest, { readonly deleted: true }>;
  [IncidentsSubjects.fileFraudReport]: RequestReply<FileFraudReportRequest, FraudReportView>;
  [IncidentsSubjects.listFraudReports]: RequestReply<
    ListFraudReportsRequest,
    { readonly fraudReports: readonly FraudReportView[] }
  >;
  [IncidentsSubjects.getEvidenceFile]: RequestReply<GetEvidenceFileRequest, EvidenceFileContent>;
  [IncidentsSubjects.raiseAlert]: RequestReply<RaiseAlertRequest, AlertView>;
  [IncidentsSubjects.listAlerts]: RequestReply<ListAlertsRequest, { readonly alerts: readonly AlertView[] }>;
  [IncidentsSubjects.decideAlert]: RequestReply<DecideAlertRequest, AlertView>;
  [IncidentsSubjects.resolveAutomatically]: RequestReply<ResolveAutomaticallyRequest, ResolveAutomaticallyResponse>;
  [IncidentsSubjects.resolveManually]: RequestReply<ResolveManuallyRequest, IssueReportView>;
};
