/** A session's status is derived from its lifecycle timestamps, never stored (rules §2.4). */
export type SessionStatus = 'created' | 'finalized' | 'in_process' | 'processed';

export interface SessionLifecycle {
  readonly finalizedAt: Date | null;
  readonly assignedCertificationOfficerId: number | null;
  readonly publishedAt: Date | null;
}

export function sessionStatus(session: SessionLifecycle): SessionStatus {
  if (session.publishedAt !== null) return 'processed';
  if (session.assignedCertificationOfficerId !== null) return 'in_process';
  if (session.finalizedAt !== null) return 'finalized';
  return 'created';
}

/** Labels of Pix Certif (the centre's console), where "in process" still reads as finalised. */
export const CENTRE_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  created: 'Créée',
  finalized: 'Finalisée',
  in_process: 'Finalisée',
  processed: 'Résultats transmis par Pix',
};
