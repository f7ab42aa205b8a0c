import { IncidentsErrorCode } from '@pix/contracts';
import { DomainError, FixedClock } from '@pix/kernel';
import { CandidateAlert, type RaiseAlertInput } from './candidate-alert';

const RAISED = new Date('2025-03-14T10:00:00Z');
const DECIDED = new Date('2025-03-14T10:03:00Z');
const raised: RaiseAlertInput = {
  sessionId: 3,
  candidateId: 7,
  courseId: 11,
  questionNumber: 12,
  challengeId: 'recAbc',
};
const ongoing = () => CandidateAlert.raise(raised, new FixedClock(RAISED));

function errorOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe(CandidateAlert.name, () => {
  it('is raised ongoing, undecided', () => {
    expect(ongoing().toProps()).toEqual({
      ...raised,
      id: undefined,
      status: 'ongoing',
      raisedAt: RAISED,
      decidedAt: null,
      decidedBy: null,
      subcategory: null,
      issueReportId: null,
    });
  });

  it('refuses an alert on question 0 or 501, or without a challenge', () => {
    const error = errorOf(() =>
      CandidateAlert.raise({ ...raised, questionNumber: 501, challengeId: ' ' }, new FixedClock(RAISED)),
    );

    expect(error.code).toBe(IncidentsErrorCode.ALERT_INVALID);
    expect((error.details?.['problems'] as { field: string }[]).map((problem) => problem.field)).toEqual([
      'questionNumber',
      'challengeId',
    ]);
  });

  it.each([
    ['E3', 'FILE_NOT_OPENING'],
    ['FILE_NOT_OPENING', 'FILE_NOT_OPENING'],
    ['E12', 'ACCESSIBILITY_ISSUE'],
  ])('is validated with %p, which names the report to record', (subcategory, expected) => {
    const { alert, reportKind } = ongoing().decide({ decision: 'validated', subcategory }, 5, new FixedClock(DECIDED));

    expect(alert.toProps()).toMatchObject({
      status: 'validated',
      subcategory: expected,
      decidedAt: DECIDED,
      decidedBy: 5,
    });
    expect(reportKind).toMatchObject({ category: 'IN_CHALLENGE', subcategory: expected });
  });

  it('is dismissed without any report', () => {
    const { alert, reportKind } = ongoing().decide({ decision: 'dismissed' }, 5, new FixedClock(DECIDED));

    expect(alert.toProps()).toMatchObject({ status: 'dismissed', subcategory: null, decidedBy: 5 });
    expect(reportKind).toBeNull();
  });

  it.each(['E6', 'E7', 'C1', 'LINK_NOT_WORKING', 'E13', ''])('refuses to validate with %p', (subcategory) => {
    const error = errorOf(() => ongoing().decide({ decision: 'validated', subcategory }, 5, new FixedClock(DECIDED)));

    expect(error.code).toBe(IncidentsErrorCode.ALERT_INVALID);
    expect(error.details).toEqual({
      problems: [{ field: 'subcategory', message: 'Choisissez le problème rencontré parmi E1 à E5 et E8 à E12.' }],
    });
  });

  it.each([
    [{ decision: 'validated', subcategory: 'E1' } as const, 'Ce signalement a déjà été validé.'],
    [{ decision: 'dismissed' } as const, 'Ce signalement a déjà été refusé.'],
  ])('cannot be decided twice (first %o)', (first, message) => {
    const { alert } = ongoing().decide(first, 5, new FixedClock(DECIDED));

    const error = errorOf(() => alert.decide({ decision: 'dismissed' }, 6, new FixedClock(DECIDED)));

    expect(error.code).toBe(IncidentsErrorCode.ALERT_ALREADY_DECIDED);
    expect(error.message).toBe(message);
  });
});
