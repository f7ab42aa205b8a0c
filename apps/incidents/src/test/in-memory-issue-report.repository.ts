import { IssueReport } from '../domain/issue-report';
import type { IssueReportRepository } from '../domain/issue-report.repository';

/** A fake of the repository port for use-case tests; it counts the resolutions saved and the rows locked. */
export class InMemoryIssueReportRepository implements IssueReportRepository {
  private readonly stored = new Map<number, IssueReport>();
  private nextId = 1;
  savedResolutions = 0;
  locks = 0;

  async add(report: IssueReport): Promise<IssueReport> {
    const stored = report.withId(this.nextId++);
    this.stored.set(this.idOf(stored), stored);
    return stored;
  }

  /** Stores reports as they are (resolved ones included), in order. */
  async addAll(reports: readonly IssueReport[]): Promise<IssueReport[]> {
    const stored: IssueReport[] = [];
    for (const report of reports) stored.push(await this.add(report));
    return stored;
  }

  async findInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null> {
    const report = this.stored.get(issueReportId);
    return report !== undefined && report.sessionId === sessionId ? report : null;
  }

  async listOfSession(sessionId: number): Promise<IssueReport[]> {
    return [...this.stored.values()]
      .filter((report) => report.sessionId === sessionId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || this.idOf(a) - this.idOf(b));
  }

  async remove(issueReportId: number): Promise<void> {
    this.stored.delete(issueReportId);
  }

  async lockInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null> {
    this.locks += 1;
    return this.findInSession(sessionId, issueReportId);
  }

  async lockAllOfSession(sessionId: number): Promise<IssueReport[]> {
    this.locks += 1;
    return this.listOfSession(sessionId);
  }

  async saveResolution(report: IssueReport): Promise<void> {
    const id = this.idOf(report);
    const current = this.stored.get(id);
    if (current === undefined) throw new Error(`no report ${id}`);
    this.savedResolutions += 1;
    // Only the resolution changes, as in the database.
    const props = report.toProps();
    this.stored.set(
      id,
      IssueReport.restore({
        ...current.toProps(),
        resolvedAt: props.resolvedAt,
        resolution: props.resolution,
        hasBeenAutomaticallyResolved: props.hasBeenAutomaticallyResolved,
        effect: props.effect,
        challengeId: props.challengeId,
        resolvedBy: props.resolvedBy,
      }),
    );
  }

  /** The stored report, as a later read would see it. */
  get(issueReportId: number): IssueReport | undefined {
    return this.stored.get(issueReportId);
  }

  private idOf(report: IssueReport): number {
    if (report.id === undefined) throw new Error('a stored report has an id');
    return report.id;
  }
}

/** Runs the work at once: the fake repository has no transaction to open. */
export const immediateTransactions = { run: <T>(work: () => Promise<T>): Promise<T> => work() };
