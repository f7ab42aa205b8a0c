import type { InvigilatedCandidate, InvigilatedCandidateStatus } from '@pix/contracts';
import type { BadgeSeverity } from '../core/format/labels';

/** « Non commencé », « En cours – question 4 / 15 », « Terminé », « Terminé par le surveillant ». */
export function candidateStatusLabel(
  candidate: Pick<InvigilatedCandidate, 'status' | 'answeredCount' | 'questionCount'>,
): string {
  switch (candidate.status) {
    case 'not_started':
      return 'Non commencé';
    case 'in_progress': {
      // 0 questions: the testing service did not answer, the progress is unknown.
      if (candidate.questionCount <= 0) return 'En cours';
      const current = Math.min(candidate.answeredCount + 1, candidate.questionCount);
      return `En cours – question ${current} / ${candidate.questionCount}`;
    }
    case 'finished':
      return 'Terminé';
    case 'ended_by_invigilator':
      return 'Terminé par le surveillant';
  }
}

const STATUS_BADGES = {
  not_started: 'info',
  in_progress: 'new',
  finished: 'success',
  ended_by_invigilator: 'warning',
} as const satisfies Record<InvigilatedCandidateStatus, BadgeSeverity>;

export function candidateStatusBadge(status: InvigilatedCandidateStatus): BadgeSeverity {
  return STATUS_BADGES[status];
}

/** What the invigilator may do for a candidate, in the order the buttons show. */
export type CandidateAction = 'confirm_presence' | 'withdraw_presence' | 'authorize_resume' | 'end_test';

export function candidateActions(candidate: InvigilatedCandidate): CandidateAction[] {
  switch (candidate.status) {
    case 'not_started':
      return [candidate.authorizedToStart ? 'withdraw_presence' : 'confirm_presence'];
    case 'in_progress':
      return candidate.authorizedToStart ? ['end_test'] : ['authorize_resume', 'end_test'];
    case 'finished':
    case 'ended_by_invigilator':
      return [];
  }
}

const clockFormat = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** An instant as a clock time in Paris, `HH:MM` (sessions happen in metropolitan France). */
export function clockTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  return Number.isNaN(instant.getTime()) ? isoDateTime : clockFormat.format(instant);
}
