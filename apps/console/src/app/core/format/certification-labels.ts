import type { CertificationStatus, JuryCommentKey, JurySessionStatus, ShareableCertificate } from '@pix/contracts';
import type { BadgeSeverity } from './labels';

/** Rules §9 and §11: the statuses as Pix Admin and the results CSV print them. */
const CERTIFICATION_STATUS_LABELS = {
  validated: 'Validée',
  rejected: 'Rejetée',
  cancelled: 'Annulée',
  error: 'En erreur',
  started: 'Démarrée',
} as const satisfies Record<CertificationStatus, string>;

const CERTIFICATION_STATUS_BADGES = {
  validated: 'success',
  rejected: 'error',
  cancelled: 'warning',
  error: 'error',
  started: 'info',
} as const satisfies Record<CertificationStatus, BadgeSeverity>;

export function certificationStatusLabel(status: CertificationStatus): string {
  return CERTIFICATION_STATUS_LABELS[status];
}

export function certificationStatusBadge(status: CertificationStatus): BadgeSeverity {
  return CERTIFICATION_STATUS_BADGES[status];
}

/** A finalised session as the jury sees it (« En cours de traitement » once a member took it). */
const JURY_SESSION_STATUS_LABELS = {
  finalized: 'Finalisée',
  in_process: 'En cours de traitement',
  processed: 'Résultats transmis',
} as const satisfies Record<JurySessionStatus, string>;

const JURY_SESSION_STATUS_BADGES = {
  finalized: 'new',
  in_process: 'info',
  processed: 'success',
} as const satisfies Record<JurySessionStatus, BadgeSeverity>;

export function jurySessionStatusLabel(status: JurySessionStatus): string {
  return JURY_SESSION_STATUS_LABELS[status];
}

export function jurySessionStatusBadge(status: JurySessionStatus): BadgeSeverity {
  return JURY_SESSION_STATUS_BADGES[status];
}

/** The automatic comments of rules §9, as the jury reads them. */
const JURY_COMMENT_KEY_LABELS = {
  FRAUD: 'Fraude avérée',
  CANCELLED_BY_JURY: 'Annulée par le jury',
  CANCELLED_DUE_TO_NEUTRALIZATION: 'Annulée : trop de questions neutralisées',
  CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON:
    'Annulée : pas assez de réponses à la suite d’un problème technique',
  REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS: 'Rejetée : pas assez de réponses correctes',
  REJECTED_DUE_TO_LACK_OF_ANSWERS: 'Rejetée : pas assez de réponses',
} as const satisfies Record<JuryCommentKey, string>;

export function juryCommentKeyLabel(key: JuryCommentKey): string {
  return JURY_COMMENT_KEY_LABELS[key];
}

type CertificateCompetence = ShareableCertificate['competences'][number];

export interface CompetenceArea {
  readonly code: string;
  readonly title: string;
  readonly competences: readonly CertificateCompetence[];
}

/** The 16 competences by area (rules §11), areas and competences in code order. */
export function competencesByArea(competences: readonly CertificateCompetence[]): CompetenceArea[] {
  const areas = new Map<string, { code: string; title: string; competences: CertificateCompetence[] }>();
  for (const competence of [...competences].sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }))) {
    let area = areas.get(competence.areaCode);
    if (area === undefined) {
      area = { code: competence.areaCode, title: competence.areaTitle, competences: [] };
      areas.set(competence.areaCode, area);
    }
    area.competences.push(competence);
  }
  return [...areas.values()].sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }));
}

/** A competence level as certificates print it: levels ≤ 0 are not certified. */
export function competenceLevelLabel(level: number): string {
  return level > 0 ? `Niveau ${level}` : 'Non certifiée';
}
