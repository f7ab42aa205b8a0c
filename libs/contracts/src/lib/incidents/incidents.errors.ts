/** Error codes of the incidents context (the gateway maps them in its incidents status table). */
export const IncidentsErrorCode = {
  /** An issue report breaks one or more rules (rules §7); `details.problems` lists each one `{ field, message }`. */
  ISSUE_REPORT_INVALID: 'ISSUE_REPORT_INVALID',
  /** The issue report is already resolved: an automatic resolution applies only to an unresolved report. */
  ISSUE_REPORT_ALREADY_RESOLVED: 'ISSUE_REPORT_ALREADY_RESOLVED',
  /** The issue report was resolved automatically after finalisation: it cannot be resolved by hand afterwards. */
  ISSUE_REPORT_RESOLVED_AUTOMATICALLY: 'ISSUE_REPORT_RESOLVED_AUTOMATICALLY',
} as const;

export type IncidentsErrorCode = (typeof IncidentsErrorCode)[keyof typeof IncidentsErrorCode];
