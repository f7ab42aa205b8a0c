import type { CentreType } from '../identity/identity.messages';
import type { AttestationData } from '../jury/jury.messages';
import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

/** One subject per official document (rules §12). Rendering has no side effect: they are queries. */
export const DocumentsSubjects = {
  renderAttendanceSheet: subject('documents', 'qry', 'render-attendance-sheet', 1),
  renderInvigilatorKit: subject('documents', 'qry', 'render-invigilator-kit', 1),
  renderIncidentReport: subject('documents', 'qry', 'render-incident-report', 1),
  renderFraudReport: subject('documents', 'qry', 'render-fraud-report', 1),
  renderCandidateNotice: subject('documents', 'qry', 'render-candidate-notice', 1),
  /** One attestation (rules §11); the caller passes the data read from the jury service. */
  renderAttestation: subject('documents', 'qry', 'render-attestation', 1),
  /** A merged PDF of a published session's attestations (optionally one class), generated in the background. */
  startAttestationBatch: subject('documents', 'cmd', 'start-attestation-batch', 1),
  getAttestationBatch: subject('documents', 'qry', 'attestation-batch', 1),
  /** The finished PDF in chunks (a NATS message stays under 1 MB). */
  getAttestationBatchChunk: subject('documents', 'qry', 'attestation-batch-chunk', 1),
} as const;

/** Published through the outbox: the console shows the progress of a batch. */
export const DocumentsEvents = {
  attestationBatchProgressed: subject('documents', 'evt', 'attestation-batch-progressed', 1),
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

export interface RenderAttestationRequest {
  readonly attestation: AttestationData;
}

export interface StartAttestationBatchRequest {
  readonly sessionId: number;
  readonly certificationCenterId: number;
  readonly division?: string | null;
  readonly requestedBy: number;
}

export type AttestationBatchStatus = 'queued' | 'running' | 'done' | 'failed';

export interface AttestationBatchView {
  readonly batchId: string;
  readonly sessionId: number;
  readonly certificationCenterId: number;
  readonly division: string | null;
  readonly status: AttestationBatchStatus;
  readonly done: number;
  readonly total: number;
  /** e.g. `attestations-669-3eA.pdf`, once done. */
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly error: string | null;
  readonly createdAt: string;
}

export interface AttestationBatchRef {
  readonly batchId: string;
  readonly certificationCenterId: number;
}

export interface AttestationBatchChunkRequest extends AttestationBatchRef {
  readonly offset: number;
}

export interface AttestationBatchChunk {
  readonly offset: number;
  readonly base64: string;
  /** Null on the last chunk. */
  readonly nextOffset: number | null;
  readonly sizeBytes: number;
}

/** Payload of `documents.evt.attestation-batch-progressed.v1` (also carries the session for live dispatch). */
export type AttestationBatchProgressed = AttestationBatchView;

/** Events of the documents context and their payloads (typed outbox). */
export type DocumentsEventMap = {
  [DocumentsEvents.attestationBatchProgressed]: AttestationBatchProgressed;
};

/** Request-reply subjects of the documents context and their message types. */
export type DocumentsRequestMap = {
  [DocumentsSubjects.renderAttendanceSheet]: RequestReply<RenderAttendanceSheetRequest, RenderedDocument>;
  [DocumentsSubjects.renderInvigilatorKit]: RequestReply<RenderInvigilatorKitRequest, RenderedDocument>;
  [DocumentsSubjects.renderIncidentReport]: RequestReply<RenderIncidentReportRequest, RenderedDocument>;
  [DocumentsSubjects.renderFraudReport]: RequestReply<RenderFraudReportRequest, RenderedDocument>;
  [DocumentsSubjects.renderCandidateNotice]: RequestReply<RenderCandidateNoticeRequest, RenderedDocument>;
  [DocumentsSubjects.renderAttestation]: RequestReply<RenderAttestationRequest, RenderedDocument>;
  [DocumentsSubjects.startAttestationBatch]: RequestReply<StartAttestationBatchRequest, AttestationBatchView>;
  [DocumentsSubjects.getAttestationBatch]: RequestReply<AttestationBatchRef, AttestationBatchView>;
  [DocumentsSubjects.getAttestationBatchChunk]: RequestReply<AttestationBatchChunkRequest, AttestationBatchChunk>;
};
