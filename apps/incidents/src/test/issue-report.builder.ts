import { FixedClock } from '@pix/kernel';
import { IssueReport, type IssueReportInput, kindFieldsOfCode } from '../domain/issue-report';

export const RECORDED_AT = new Date('2025-03-14T10:00:00Z');

/**
 * An unresolved report of candidate 7 in session 3 named by its code (C1, E4…), recorded by the invigilator 42 at
 * 10:00 UTC; a description when the kind needs one, question 1 for an E code, unless overridden.
 */
export function buildIssueReport(
  code: string,
  overrides: Partial<Omit<IssueReportInput, 'category' | 'subcategory'>> = {},
  recordedAt: Date = RECORDED_AT,
): IssueReport {
  return IssueReport.create(
    {
      sessionId: 3,
      candidateId: 7,
      source: 'invigilator',
      recordedBy: 42,
      ...kindFieldsOfCode(code),
      description: code.startsWith('C') && code !== 'C6' ? `Signalement ${code}` : null,
      questionNumber: code.startsWith('E') ? 1 : null,
      ...overrides,
    },
    new FixedClock(recordedAt),
  );
}
