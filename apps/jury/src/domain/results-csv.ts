import { COMPETENCE_CODES } from '@pix/referential';
import type { Certification, CertificationResult } from './certification';
import { commentFor } from './jury-comments';

export interface CsvSession {
  readonly sessionId: number;
  readonly certificationCenterName: string;
}

export interface CsvRow {
  readonly certification: Certification;
  /** Undefined: no result yet (`Démarrée`). */
  readonly result: CertificationResult | undefined;
}

const STATUS_LABELS = {
  validated: 'Validée',
  rejected: 'Rejetée',
  cancelled: 'Annulée',
  error: 'En erreur',
  started: 'Démarrée',
} as const;

/** `YYYY-MM-DD` → `DD/MM/YYYY`. */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** The day of an instant in France (exam dates are French days). */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);
}

/**
 * A free-text cell: a value starting with `=`, `+`, `-` or `@` would be run as a formula by a spreadsheet, so it is
 * prefixed with `'` (rules §11); a value with `;`, a quote or a line break is quoted.
 */
export function textCell(value: string | null): string {
  if (value === null) return '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function pixCell(status: keyof typeof STATUS_LABELS, result: CertificationResult | undefined): string {
  if (result === undefined || status === 'cancelled' || status === 'error' || status === 'started') return '-';
  if (status === 'rejected') return '0';
  return String(result.pixScore);
}

function competenceCell(
  status: keyof typeof STATUS_LABELS,
  result: CertificationResult | undefined,
  code: string,
): string {
  if (result === undefined || status === 'cancelled' || status === 'error' || status === 'started') return '-';
  const mark = result.competenceMarks.find((candidate) => candidate.code === code);
  if (mark === undefined) return '-';
  if (status === 'rejected' || mark.level <= 0) return '0';
  return String(mark.level);
}

/**
 * The results export of rules §11: `;`-separated, headers in the documented order, French dates, a UTF-8 BOM so that
 * spreadsheets read the accents. A class export (`withCentreColumn: false`) has no "Centre de certification" column.
 */
export function resultsCsv(session: CsvSession, rows: readonly CsvRow[], withCentreColumn: boolean): string {
  const headers = [
    'Numéro de certification',
    'Prénom',
    'Nom',
    'Date de naissance',
    'Lieu de naissance',
    'Identifiant Externe',
    'Statut',
    'Nombre de Pix',
    ...COMPETENCE_CODES,
    "Commentaire jury pour l'organisation",
    'Session',
    ...(withCentreColumn ? ['Centre de certification'] : []),
    'Date de passage de la certification',
  ];
  const lines = rows.map(({ certification, result }) => {
    const status = result?.status ?? 'started';
    return [
      String(certification.id),
      textCell(certification.identity.firstName),
      textCell(certification.identity.lastName),
      frenchDate(certification.identity.birthdate),
      textCell(certification.identity.birthCity),
      textCell(certification.externalId),
      STATUS_LABELS[status],
      pixCell(status, result),
      ...COMPETENCE_CODES.map((code) => competenceCell(status, result, code)),
      textCell(commentFor('organization', certification.commentForOrganization, result?.commentKey ?? null)),
      String(session.sessionId),
      ...(withCentreColumn ? [textCell(session.certificationCenterName)] : []),
      parisDay(certification.startedAt),
    ].join(';');
  });
  return `\uFEFF${[headers.join(';'), ...lines].join('\r\n')}\r\n`;
}
