/** Error codes of the incidents context (the gateway maps them in its incidents status table). */
export const IncidentsErrorCode = {
  /** An issue report breaks one or more rules (rules §7); `details.problems` lists each one `{ field, message }`. */
  ISSUE_REPORT_INVALID: 'ISSUE_REPORT_INVALID',
  /** The issue report is already resolved: an automatic resolution applies only to an unresolved report. */
  ISSUE_REPORT_ALREADY_RESOLVED: 'ISSUE_REPORT_ALREADY_RESOLVED',
  /** The issue report was resolved automatically after finalisation: it cannot be resolved by hand afterwards. */
  ISSUE_REPORT_RESOLVED_AUTOMATICALLY: 'ISSUE_REPORT_RESOLVED_AUTOMATICALLY',
  /** No such issue report in this session. */
  ISSUE_REPORT_NOT_FOUND: 'ISSUE_REPORT_NOT_FOUND',
  /** The C6 report that goes with a PV de fraude cannot be removed on its own. */
  ISSUE_REPORT_NOT_DELETABLE: 'ISSUE_REPORT_NOT_DELETABLE',
  /** A fraud report (PV de fraude) breaks one or more rules; `details.problems` lists each one `{ field, message }`. */
  FRAUD_REPORT_INVALID: 'FRAUD_REPORT_INVALID',
  /** No such fraud report in this session. */
  FRAUD_REPORT_NOT_FOUND: 'FRAUD_REPORT_NOT_FOUND',
  /** An evidence file is empty or its content is neither a PNG, JPEG or WebP image nor a PDF. */
  EVIDENCE_FILE_INVALID: 'EVIDENCE_FILE_INVALID',
  /** An evidence file is over 2 MiB, or the files together are over 5 MiB. */
  EVIDENCE_FILE_TOO_LARGE: 'EVIDENCE_FILE_TOO_LARGE',
  /** No such evidence file for this fraud report. */
  EVIDENCE_FILE_NOT_FOUND: 'EVIDENCE_FILE_NOT_FOUND',
  /** A candidate's alert ("Signaler un problème") or its decision is invalid; `details.problems` says why. */
  ALERT_INVALID: 'ALERT_INVALID',
  /** No such alert in this session. */
  ALERT_NOT_FOUND: 'ALERT_NOT_FOUND',
  /** The alert was already validated or dismissed. */
  ALERT_ALREADY_DECIDED: 'ALERT_ALREADY_DECIDED',
} as const;

export type IncidentsErrorCode = (typeof IncidentsErrorCode)[keyof typeof IncidentsErrorCode];
