import {
  ABORT_REASONS,
  type AbortReason,
  type CertificationReportInput,
  type CourseState,
  SessionsErrorCode,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { FieldProblem } from './session';

/** Rules §8: the examiner's comment on one candidate. */
export const MAX_EXAMINER_COMMENT = 500;
/** The session-level comment has no limit in the rules; this one keeps it a comment. */
export const MAX_GLOBAL_COMMENT = 2000;

/** What the centre wrote about one started test at finalisation (rules §8 `CertificationReport`). */
export interface CertificationReport {
  readonly candidateId: number;
  /** Blank is null. */
  readonly examinerComment: string | null;
  /** Only for a test that was not completed. */
  readonly abortReason: AbortReason | null;
}

/** A candidate who started, with where the test stands in the testing service. */
export interface StartedTest {
  readonly candidateId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly courseState: CourseState;
}

/** Rules §8: `started`, `ended_by_invigilator` and `ended_due_to_finalization` are uncompleted tests. */
export function isCompleted(state: CourseState): boolean {
  return state === 'completed';
}

export const ABORT_REASON_LABELS: Readonly<Record<AbortReason, string>> = {
  candidate: 'Abandon : manque de temps ou départ prématuré',
  technical: 'Problème technique',
};

/** What the form sent, received from a caller that checked JSON types only (the values are checked here). */
export interface ReceivedReports {
  readonly examinerGlobalComment?: string | null;
  readonly reports: readonly ReceivedReport[];
}

export type ReceivedReport = Omit<CertificationReportInput, 'abortReason'> & { readonly abortReason?: string | null };

/**
 * Finalisation checks 3 and 4 (rules §8), in this order, on the started tests of the session:
 * 3. every uncompleted test has an abort reason, and no completed test has one (a test completed since the form was
 *    loaded: the page must be refreshed) — a completed test with a reason is reported first, since refreshing the page
 *    also shows the tests still missing a reason;
 * 4. every report validates: one per started test, none for anyone else, comment ≤ 500 characters, a known reason.
 * Returns the cleaned reports (blank comments become null) in the order of the started tests.
 */
export function checkCertificationReports(
  started: readonly StartedTest[],
  received: ReceivedReports,
): { reports: CertificationReport[]; examinerGlobalComment: string | null } {
  const reasonOf = (candidateId: number) =>
    blankToNull(received.reports.find((report) => report.candidateId === candidateId)?.abortReason);

  const reasonOnCompleted = started.filter(
    (test) => isCompleted(test.courseState) && reasonOf(test.candidateId) !== null,
  );
  if (reasonOnCompleted.length > 0) {
    throw new DomainError(
      SessionsErrorCode.ABORT_REASON_ON_COMPLETED_TEST,
      `Un motif d’abandon a été saisi pour ${namesOf(reasonOnCompleted)}, ${reasonOnCompleted.length > 1 ? 'qui ont terminé leur test' : 'qui a terminé son test'} entre-temps. Rafraîchissez la page, vérifiez les informations puis finalisez à nouveau.`,
      { candidates: reasonOnCompleted.map(identityOf) },
    );
  }
  const missing = started.filter((test) => !isCompleted(test.courseState) && reasonOf(test.candidateId) === null);
  if (missing.length > 0) {
    throw new DomainError(
      SessionsErrorCode.ABORT_REASON_MISSING,
      `Renseignez le motif d’abandon de chaque candidat qui n’a pas terminé son test : ${namesOf(missing)}.`,
      { candidates: missing.map(identityOf) },
    );
  }

  const problems: FieldProblem[] = [];
  const startedById = new Map(started.map((test) => [test.candidateId, test]));
  const seen = new Set<number>();
  const reports: CertificationReport[] = [];
  received.reports.forEach((report, index) => {
    const at = (field: string) => `reports[${index}].${field}`;
    const test = startedById.get(report.candidateId);
    if (test === undefined) {
      problems.push({
        field: at('candidateId'),
        message: 'Ce candidat n’a pas commencé de test dans cette session : il n’a pas de compte rendu.',
      });
    } else if (seen.has(report.candidateId)) {
      problems.push({
        field: at('candidateId'),
        message: `${fullName(test)} a déjà un compte rendu dans cette finalisation.`,
      });
    }
    seen.add(report.candidateId);
    const examinerComment = blankToNull(report.examinerComment);
    if (examinerComment !== null && examinerComment.length > MAX_EXAMINER_COMMENT) {
      problems.push({
        field: at('examinerComment'),
        message: `Le commentaire du surveillant ne doit pas dépasser ${MAX_EXAMINER_COMMENT} caractères.`,
      });
    }
    const abortReason = blankToNull(report.abortReason);
    if (abortReason !== null && !isAbortReason(abortReason)) {
      problems.push({
        field: at('abortReason'),
        message: `Le motif d’abandon doit être « ${ABORT_REASON_LABELS.candidate} » ou « ${ABORT_REASON_LABELS.technical} ».`,
      });
    }
    if (test !== undefined) {
      reports.push({
        candidateId: report.candidateId,
        examinerComment,
        abortReason: abortReason !== null && isAbortReason(abortReason) ? abortReason : null,
      });
    }
  });
  for (const test of started) {
    if (!seen.has(test.candidateId)) {
      problems.push({ field: 'reports', message: `Le compte rendu de ${fullName(test)} manque.` });
    }
  }
  const examinerGlobalComment = blankToNull(received.examinerGlobalComment);
  if (examinerGlobalComment !== null && examinerGlobalComment.length > MAX_GLOBAL_COMMENT) {
    problems.push({
      field: 'examinerGlobalComment',
      message: `Le commentaire global ne doit pas dépasser ${MAX_GLOBAL_COMMENT} caractères.`,
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      SessionsErrorCode.FINALIZATION_INVALID,
      'La finalisation comporte des informations invalides.',
      {
        problems,
      },
    );
  }
  const order = new Map(started.map((test, index) => [test.candidateId, index]));
  reports.sort((left, right) => (order.get(left.candidateId) ?? 0) - (order.get(right.candidateId) ?? 0));
  return { reports, examinerGlobalComment };
}

export function isAbortReason(value: string): value is AbortReason {
  return (ABORT_REASONS as readonly string[]).includes(value);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length === 0 ? null : trimmed;
}

function fullName(test: StartedTest): string {
  return `${test.firstName} ${test.lastName}`;
}

function namesOf(tests: readonly StartedTest[]): string {
  return tests.map(fullName).join(', ');
}

function identityOf(test: StartedTest) {
  return { candidateId: test.candidateId, firstName: test.firstName, lastName: test.lastName };
}
