import { CREATABLE_ISSUE_REPORT_KINDS, ISSUE_REPORT_CATEGORY_CATALOGUE } from '@pix/contracts';

/**
 * The issue-report codes an invigilator may write on the PV d'incident (rules §7), grouped by category as the
 * console shows them, from the one catalogue of @pix/contracts. Deprecated codes (A1, A2, C3, C5, E6, E7) cannot be
 * reported any more and are not listed.
 */
export interface IncidentCode {
  readonly code: string;
  readonly label: string;
}

export interface IncidentCategory {
  readonly label: string;
  /** What the invigilator must write next to the code. */
  readonly expected: string;
  readonly codes: readonly IncidentCode[];
}

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = ISSUE_REPORT_CATEGORY_CATALOGUE.filter(
  (entry) => !entry.isDeprecated,
).map((entry) => ({
  label: entry.label,
  expected: entry.expected,
  codes: CREATABLE_ISSUE_REPORT_KINDS.filter((kind) => kind.category === entry.category).map(({ code, label }) => ({
    code,
    label,
  })),
}));
