import { type AlertStatus, IncidentsErrorCode } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import {
  CREATABLE_ISSUE_REPORT_KINDS,
  type IssueReportKind,
  MAX_QUESTION_NUMBER,
  MIN_QUESTION_NUMBER,
} from '@pix/contracts';
import type { FieldProblem } from './issue-report';

export interface RaiseAlertInput {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly courseId: number;
  readonly questionNumber: number;
  readonly challengeId: string;
}

export interface CandidateAlertProps extends RaiseAlertInput {
  readonly id: number | undefined;
  readonly status: AlertStatus;
  readonly raisedAt: Date;
  readonly decidedAt: Date | null;
  readonly decidedBy: number | null;
  /** The IN_CHALLENGE kind chosen by the invigilator on validation. */
  readonly subcategory: string | null;
  readonly issueReportId: number | null;
}

export type AlertDecisionInput =
  { readonly decision: 'validated'; readonly subcategory: string } | { readonly decision: 'dismissed' };

const MAX_CHALLENGE_ID_LENGTH = 100;

/**
 * "Signaler un problème" (rules §6.4): the candidate alerts the invigilator about the current question
 * (`ongoing`); the invigilator validates it with an E subcategory, which makes it an IN_CHALLENGE report, or
 * dismisses it. A decision is final.
 */
export class CandidateAlert {
  private constructor(private readonly props: CandidateAlertProps) {}

  static raise(input: RaiseAlertInput, clock: Clock): CandidateAlert {
    const problems: FieldProblem[] = [];
    if (!isId(input.sessionId)) problems.push({ field: 'sessionId', message: 'Le numéro de session est invalide.' });
    if (!isId(input.candidateId))
      problems.push({ field: 'candidateId', message: 'Le candidat concerné est invalide.' });
    if (!isId(input.courseId)) problems.push({ field: 'courseId', message: 'Le test concerné est invalide.' });
    if (
      !Number.isInteger(input.questionNumber) ||
      input.questionNumber < MIN_QUESTION_NUMBER ||
      input.questionNumber > MAX_QUESTION_NUMBER
    ) {
      problems.push({
        field: 'questionNumber',
        message: `Le numéro de question doit être un nombre entier entre ${MIN_QUESTION_NUMBER} et ${MAX_QUESTION_NUMBER}.`,
      });
    }
    const challengeId = typeof input.challengeId === 'string' ? input.challengeId.trim() : '';
    if (challengeId === '' || challengeId.length > MAX_CHALLENGE_ID_LENGTH) {
      problems.push({ field: 'challengeId', message: 'La question concernée est invalide.' });
    }
    if (problems.length > 0) {
      throw new DomainError(IncidentsErrorCode.ALERT_INVALID, 'Le signalement du candidat est invalide.', { problems });
    }
    return new CandidateAlert({
      ...input,
      challengeId,
      id: undefined,
      status: 'ongoing',
      raisedAt: clock.now(),
      decidedAt: null,
      decidedBy: null,
      subcategory: null,
      issueReportId: null,
    });
  }

  static restore(props: CandidateAlertProps): CandidateAlert {
    return new CandidateAlert(props);
  }

  get id(): number | undefined {
    return this.props.id;
  }

  get status(): AlertStatus {
    return this.props.status;
  }

  get questionNumber(): number {
    return this.props.questionNumber;
  }

  /**
   * The invigilator's decision. `subcategory` names a creatable IN_CHALLENGE kind by its code (E3) or its
   * subcategory (FILE_NOT_OPENING). Returns the decided alert and, on validation, the kind of report to record.
   */
  decide(
    decision: AlertDecisionInput,
    decidedBy: number,
    clock: Clock,
  ): { alert: CandidateAlert; reportKind: IssueReportKind | null } {
    if (this.props.status !== 'ongoing') {
      throw new DomainError(
        IncidentsErrorCode.ALERT_ALREADY_DECIDED,
        this.props.status === 'validated' ? 'Ce signalement a déjà été validé.' : 'Ce signalement a déjà été refusé.',
        { status: this.props.status },
      );
    }
    const decided = { decidedAt: clock.now(), decidedBy };
    switch (decision.decision) {
      case 'dismissed':
        return { alert: new CandidateAlert({ ...this.props, ...decided, status: 'dismissed' }), reportKind: null };
      case 'validated': {
        const kind = inChallengeKind(decision.subcategory);
        if (kind === undefined) {
          throw new DomainError(IncidentsErrorCode.ALERT_INVALID, 'La décision est invalide.', {
            problems: [
              {
                field: 'subcategory',
                message: 'Choisissez le problème rencontré parmi E1 à E5 et E8 à E12.',
              },
            ],
          });
        }
        return {
          alert: new CandidateAlert({ ...this.props, ...decided, status: 'validated', subcategory: kind.subcategory }),
          reportKind: kind,
        };
      }
    }
  }

  /** Links the IN_CHALLENGE report recorded on validation. */
  withIssueReport(issueReportId: number): CandidateAlert {
    return new CandidateAlert({ ...this.props, issueReportId });
  }

  toProps(): CandidateAlertProps {
    return { ...this.props };
  }
}

function inChallengeKind(value: unknown): IssueReportKind | undefined {
  if (typeof value !== 'string') return undefined;
  return CREATABLE_ISSUE_REPORT_KINDS.find(
    (kind) => kind.category === 'IN_CHALLENGE' && (kind.code === value || kind.subcategory === value),
  );
}

function isId(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
