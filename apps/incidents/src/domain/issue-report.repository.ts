import type { IssueReport } from './issue-report';

/** Port: the issue reports of the sessions. Joins the transaction the application layer opened. */
export interface IssueReportRepository {
  /** Stores a new report and returns it with its id. */
  add(report: IssueReport): Promise<IssueReport>;
  findInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null>;
  /** In the order they were recorded. */
  listOfSession(sessionId: number): Promise<IssueReport[]>;
  remove(issueReportId: number): Promise<void>;
  /** Like `findInSession`, the row locked until the open transaction ends (a concurrent resolution waits). */
  lockInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null>;
  /** Like `listOfSession`, every row locked until the open transaction ends, in the same order. */
  lockAllOfSession(sessionId: number): Promise<IssueReport[]>;
  /** Stores the resolution of a stored report: date, text, how it was resolved, effect, challenge, jury member. */
  saveResolution(report: IssueReport): Promise<void>;
}

export const ISSUE_REPORT_REPOSITORY = Symbol('ISSUE_REPORT_REPOSITORY');
