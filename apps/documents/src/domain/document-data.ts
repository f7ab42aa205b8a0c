import {
  type AttendanceCandidate,
  type AttestationData,
  type DocumentSession,
  DocumentsErrorCode,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { isCalendarDate, isTimeOfDay } from './french-format';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * What must hold for the session and candidates to be printed: dates and times the documents spell out.
 * The message shape is checked before (handlers); these are the rules a well-formed message can still break.
 */
export function assertPrintable(session: DocumentSession, candidates: readonly AttendanceCandidate[] = []): void {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(session.date)) {
    problems.push({ field: 'session.date', message: 'La date de la session doit être une date valide (AAAA-MM-JJ).' });
  }
  if (!isTimeOfDay(session.time)) {
    problems.push({ field: 'session.time', message: 'L’heure de début doit être au format HH:MM (24 h).' });
  }
  candidates.forEach((candidate, index) => {
    if (!isCalendarDate(candidate.birthdate)) {
      problems.push({
        field: `candidates.${index}.birthdate`,
        message: `La date de naissance de ${candidate.firstName} ${candidate.lastName} doit être une date valide (AAAA-MM-JJ).`,
      });
    }
  });
  throwIfAny(problems);
}

/** The dates an attestation prints (DD/MM/YYYY) must be real calendar dates. */
export function assertAttestationPrintable(attestation: AttestationData): void {
  const dates = [
    ['birthdate', 'La date de naissance'],
    ['certificationDate', 'La date de passage'],
    ['deliveredAt', 'La date de délivrance'],
  ] as const;
  const problems: FieldProblem[] = dates
    .filter(([field]) => !isCalendarDate(attestation[field]))
    .map(([field, label]) => ({
      field: `attestation.${field}`,
      message: `${label} de la certification n° ${attestation.certificationId} doit être une date valide (AAAA-MM-JJ).`,
    }));
  throwIfAny(problems);
}

function throwIfAny(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) {
    throw new DomainError(DocumentsErrorCode.DOCUMENT_DATA_INVALID, 'Les données du document sont invalides.', {
      problems,
    });
  }
}
