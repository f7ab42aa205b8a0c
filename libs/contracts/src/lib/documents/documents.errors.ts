/** Error codes of the documents context (the gateway maps them in its documents status table). */
export const DocumentsErrorCode = {
  /** The session or candidate data cannot be printed as given (bad date, time or birthdate); `details.problems`. */
  DOCUMENT_DATA_INVALID: 'DOCUMENT_DATA_INVALID',
  /** Chromium could not render the PDF (failed to start, crashed, timed out). Worth a retry. */
  DOCUMENT_RENDERING_FAILED: 'DOCUMENT_RENDERING_FAILED',
  /** The PDF, base64-encoded, would not fit in one NATS reply. */
  DOCUMENT_TOO_LARGE: 'DOCUMENT_TOO_LARGE',
  /** No attestation batch with this id for this centre (another centre's batch is not found either). */
  ATTESTATION_BATCH_NOT_FOUND: 'ATTESTATION_BATCH_NOT_FOUND',
  /** The batch's merged PDF is not there yet (queued, running) or will never be (failed); `details.status`. */
  ATTESTATION_BATCH_NOT_READY: 'ATTESTATION_BATCH_NOT_READY',
} as const;

export type DocumentsErrorCode = (typeof DocumentsErrorCode)[keyof typeof DocumentsErrorCode];
