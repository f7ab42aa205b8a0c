import type { CentreType } from '../identity/identity.messages';
import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

/** One subject per official document (rules §12). Rendering has no side effect: they are queries. */
export const DocumentsSubjects = {
  renderAttendanceSheet: subject('documents', 'qry', 'render-attendance-sheet', 1),
  renderInvigilatorKit: subject('documents', 'qry', 'render-invigilator-kit', 1),
  renderIncidentReport: subject('documents', 'qry', 'render-incident-report', 1),
  renderFraudReport: subject('documents', 'qry', 'render-fraud-report', 1),
  renderCandidateNotice: subject('documents', 'qry', 'render-candidate-notice', 1),
} as const;

/**
 * The session as printed on the documents. The gateway reads it from the sessions service and passes it on:
 * the documents service reads no other service.
 */
export interface DocumentSession {
  /** The session number. */
  readonly id: number;
  readonly certificationCenterName: string;
  readonly centreType: CentreType;
  /** The site ("Nom du site"). */
  readonly address: string;
  readonly room: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM`, 24 h, local time of the centre */
  readonly time: string;
  /** The invigilator name(s), free text. */
  readonly examiner: string;
  readonly description: string | null;
  /** The candidates' access code, e.g. `TQVF63`. Printed on the invigilator kit only. */
  readonly accessCode: string;
  /** As shown to the invigilator: `C-XXXXX`. Printed on the invigilator kit only. */
  readonly invigilatorPassword: string;
}

/** An enrolled candidate as printed on the attendance sheet. */
export interface AttendanceCandidate {
  /** Birth name ("nom de naissance"). */
  readonly lastName: string;
  readonly firstName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  /** The pupil's class; printed for SCO centres. */
  readonly division: string | null;
  /** "Identifiant externe"; printed for other centres. */
  readonly externalId: string | null;
  /** A decimal fraction as stored by the sessions service: 0.3 means 30 % more time; null when none. */
  readonly extraTimePercentage: number | null;
}

export interface RenderAttendanceSheetRequest {
  readonly session: DocumentSession;
  readonly candidates: readonly AttendanceCandidate[];
}

/** The candidates are used to list those with extra time (the invigilator applies it). */
export interface RenderInvigilatorKitRequest {
  readonly session: DocumentSession;
  readonly candidates: readonly AttendanceCandidate[];
}

/** A blank form with the session header; the invigilator fills it in by hand. */
export interface RenderIncidentReportRequest {
  readonly session: DocumentSession;
}

/** A blank form with the session header; the invigilator fills it in by hand. */
export interface RenderFraudReportRequest {
  readonly session: DocumentSession;
}

/** Shows the session number, never the access code (given out only when the test starts) nor the password. */
export interface RenderCandidateNoticeRequest {
  readonly session: DocumentSession;
}

/** A rendered PDF, base64-encoded. A NATS reply is limited to 1 MB by default (see DOCUMENT_TOO_LARGE). */
export interface RenderedDocument {
  /** e.g. `feuille-emargement-669.pdf` */
  readonly fileName: string;
  readonly contentType: 'application/pdf';
  readonly pageCount: number;
  readonly base64: string;
}

/** Request-reply subjects of the documents context and their message types. */
export type DocumentsRequestMap = {
  [DocumentsSubjects.renderAttendanceSheet]: RequestReply<RenderAttendanceSheetRequest, RenderedDocument>;
  [DocumentsSubjects.renderInvigilatorKit]: RequestReply<RenderInvigilatorKitRequest, RenderedDocument>;
  [DocumentsSubjects.renderIncidentReport]: RequestReply<RenderIncidentReportRequest, RenderedDocument>;
  [DocumentsSubjects.renderFraudReport]: RequestReply<RenderFraudReportRequest, RenderedDocument>;
  [DocumentsSubjects.renderCandidateNotice]: RequestReply<RenderCandidateNoticeRequest, RenderedDocument>;
};
