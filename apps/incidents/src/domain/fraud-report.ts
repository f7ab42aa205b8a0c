import { IncidentsErrorCode } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import type { EvidenceFile } from './evidence-file';
import type { FieldProblem } from './issue-report';

export const MIN_FRAUD_DESCRIPTION_LENGTH = 10;
export const MAX_FRAUD_DESCRIPTION_LENGTH = 2000;
export const MAX_INVIGILATOR_NAME_LENGTH = 255;
/** Clocks drift: facts a few minutes "in the future" are the invigilator's watch, not an error. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface FraudReportInput {
  readonly sessionId: number;
  readonly candidateId: number;
  /** ISO date-time of the facts. */
  readonly occurredAt: string;
  readonly description: string;
  readonly invigilatorName: string;
  readonly recordedBy: number;
}

export interface FraudReportProps {
  readonly id: number | undefined;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly occurredAt: Date;
  /** Trimmed, as typed; never interpreted as HTML. */
  readonly description: string;
  readonly invigilatorName: string;
  readonly recordedBy: number;
  readonly recordedAt: Date;
  readonly evidence: readonly EvidenceFile[];
}

/** The PV de fraude (rules §7): what happened, when, who saw it, and the evidence gathered. */
export class FraudReport {
  private constructor(private readonly props: FraudReportProps) {}

  /** Checks every field at once; fails with `FRAUD_REPORT_INVALID` and the list of problems. */
  static create(input: FraudReportInput, evidence: readonly EvidenceFile[], clock: Clock): FraudReport {
    const now = clock.now();
    const problems: FieldProblem[] = [];
    if (!isId(input.sessionId)) problems.push({ field: 'sessionId', message: 'Le numéro de session est invalide.' });
    if (!isId(input.candidateId))
      problems.push({ field: 'candidateId', message: 'Le candidat concerné est invalide.' });
    const occurredAt = checkOccurredAt(input.occurredAt, now, problems);
    const description = checkText(input.description, problems, {
      field: 'description',
      name: 'La description des faits',
      min: MIN_FRAUD_DESCRIPTION_LENGTH,
      max: MAX_FRAUD_DESCRIPTION_LENGTH,
    });
    const invigilatorName = checkText(input.invigilatorName, problems, {
      field: 'invigilatorName',
      name: 'Le nom du surveillant',
      min: 1,
      max: MAX_INVIGILATOR_NAME_LENGTH,
    });
    if (problems.length > 0 || occurredAt === null) {
      throw new DomainError(
        IncidentsErrorCode.FRAUD_REPORT_INVALID,
        'Le PV de fraude comporte des informations invalides.',
        { problems },
      );
    }
    return new FraudReport({
      id: undefined,
      sessionId: input.sessionId,
      candidateId: input.candidateId,
      occurredAt,
      description,
      invigilatorName,
      recordedBy: input.recordedBy,
      recordedAt: now,
      evidence,
    });
  }

  static restore(props: FraudReportProps): FraudReport {
    return new FraudReport(props);
  }

  get sessionId(): number {
    return this.props.sessionId;
  }

  get candidateId(): number {
    return this.props.candidateId;
  }

  get recordedBy(): number {
    return this.props.recordedBy;
  }

  toProps(): FraudReportProps {
    return { ...this.props };
  }
}

function checkOccurredAt(value: string, now: Date, problems: FieldProblem[]): Date | null {
  // A date-time with its time zone, as `Date.toISOString()` writes it (or with an offset).
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
  const date = typeof value === 'string' && iso.test(value) ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    problems.push({
      field: 'occurredAt',
      message: 'L’heure des faits doit être une date et une heure, par exemple 2025-03-14T10:42:00Z.',
    });
    return null;
  }
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({ field: 'occurredAt', message: 'L’heure des faits ne peut pas être dans le futur.' });
    return null;
  }
  return date;
}

function checkText(
  value: unknown,
  problems: FieldProblem[],
  rule: { field: string; name: string; min: number; max: number },
): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const length = [...text].length;
  if (length === 0) problems.push({ field: rule.field, message: `${rule.name} est obligatoire.` });
  else if (length < rule.min) {
    problems.push({ field: rule.field, message: `${rule.name} doit compter au moins ${rule.min} caractères.` });
  } else if (length > rule.max) {
    problems.push({ field: rule.field, message: `${rule.name} ne doit pas dépasser ${rule.max} caractères.` });
  } else if (text.includes('\u0000')) {
    problems.push({ field: rule.field, message: `${rule.name} contient un caractère non autorisé.` });
  }
  return text;
}

function isId(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
