import type { CentreType, JurySessionStatus } from '@pix/contracts';
import type { CertificationResult } from './certification';

export interface JurySession {
  readonly sessionId: number;
  readonly finalization: number;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly finalizedAt: Date;
  readonly finalizedBy: number;
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
  readonly unfinalizedAt: Date | null;
  readonly autoJuryDoneAt: Date | null;
  readonly unresolvedImpactfulReportCount: number;
  readonly assignedToUserId: number | null;
  readonly assignedToName: string | null;
  readonly juryComment: string | null;
  readonly publishedAt: Date | null;
}

/** Rules §2.4, as Pix Admin sees a finalised session. */
export function juryStatusOf(session: JurySession): JurySessionStatus {
  if (session.publishedAt !== null) return 'processed';
  if (session.assignedToUserId !== null) return 'in_process';
  return 'finalized';
}

/** The latest result of each certification, or undefined when it has none yet (status `started`). */
export type LatestResults = ReadonlyMap<number, CertificationResult>;

/**
 * Rules §8 `isPublishable`: no examiner global comment, no impactful unresolved report, no certification in error or
 * without a result. Assigning a session to oneself does not block it: once the jury member has resolved what needed
 * them, the session joins the "to publish" list and goes out with the next batch.
 */
export function publishabilityOf(
  session: JurySession,
  certificationIds: readonly number[],
  latest: LatestResults,
): { readonly publishable: boolean; readonly blockers: string[] } {
  const blockers: string[] = [];
  if (session.autoJuryDoneAt === null) blockers.push('Traitement automatique en cours.');
  if (session.examinerGlobalComment !== null) blockers.push('Le surveillant a laissé un commentaire global.');
  if (session.unresolvedImpactfulReportCount > 0) {
    blockers.push(`${session.unresolvedImpactfulReportCount} signalement(s) impactant(s) non résolu(s).`);
  }
  blockers.push(...publicationBlockers(certificationIds, latest));
  return { publishable: blockers.length === 0, blockers };
}

/**
 * What publication itself refuses (rules §9): a certification without result or in error. A comment or a report left
 * unresolved sends the session to "to process", but the jury member who processed it may publish it.
 */
export function publicationBlockers(certificationIds: readonly number[], latest: LatestResults): string[] {
  const blockers: string[] = [];
  const withoutResult = certificationIds.filter((id) => !latest.has(id)).length;
  if (withoutResult > 0) blockers.push(`${withoutResult} certification(s) sans résultat.`);
  const inError = certificationIds.filter((id) => latest.get(id)?.status === 'error').length;
  if (inError > 0) blockers.push(`${inError} certification(s) en erreur.`);
  return blockers;
}
