import type { CentreRole, CentreType, PlanningWarningCode, SessionStatusCode } from '@pix/contracts';

/** The status a school sees in Pix Certif (rules §2.4): « En cours de traitement » stays « Finalisée » for them. */
const SESSION_STATUS_LABELS = {
  created: 'Créée',
  finalized: 'Finalisée',
  in_process: 'Finalisée',
  processed: 'Résultats transmis par Pix',
} as const satisfies Record<SessionStatusCode, string>;

export type BadgeSeverity = 'info' | 'new' | 'success' | 'warning' | 'error';

const SESSION_STATUS_BADGES = {
  created: 'info',
  finalized: 'new',
  in_process: 'new',
  processed: 'success',
} as const satisfies Record<SessionStatusCode, BadgeSeverity>;

export function sessionStatusLabel(status: SessionStatusCode): string {
  return SESSION_STATUS_LABELS[status];
}

export function sessionStatusBadge(status: SessionStatusCode): BadgeSeverity {
  return SESSION_STATUS_BADGES[status];
}

/** Short names of the planning warnings, for badges; the full sentence comes from the gateway. */
const PLANNING_WARNING_LABELS = {
  OUTSIDE_CERTIFICATION_WINDOW: 'Hors période de certification',
  TOO_MANY_CANDIDATES_PER_INVIGILATOR: 'Plus de 20 candidats par surveillant',
} as const satisfies Record<PlanningWarningCode, string>;

export function planningWarningLabel(code: PlanningWarningCode): string {
  return PLANNING_WARNING_LABELS[code];
}

const CENTRE_TYPE_LABELS = {
  SCO: 'Établissement scolaire',
  SUP: 'Enseignement supérieur',
  PRO: 'Organisme de formation professionnelle',
} as const satisfies Record<CentreType, string>;

export function centreTypeLabel(type: CentreType): string {
  return CENTRE_TYPE_LABELS[type];
}

const CENTRE_ROLE_LABELS = {
  ADMIN: 'Administrateur',
  MEMBER: 'Membre',
} as const satisfies Record<CentreRole, string>;

export function centreRoleLabel(role: CentreRole): string {
  return CENTRE_ROLE_LABELS[role];
}
