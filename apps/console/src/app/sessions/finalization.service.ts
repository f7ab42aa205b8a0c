import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AbortReason, FinalizationForm, IssueReportView, SessionView } from '@pix/contracts';
import { map, Observable } from 'rxjs';

/** What the « Finaliser la session » form sends (rules §8). */
export interface FinalizationInput {
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
  readonly reports: readonly {
    readonly candidateId: number;
    readonly examinerComment: string | null;
    readonly abortReason: AbortReason | null;
  }[];
}

/** What « Ajouter un signalement » sends: the description or the question number only when the code asks for it. */
export interface IssueReportInput {
  readonly candidateId: number;
  readonly code: string;
  readonly description?: string;
  readonly questionNumber?: number;
}

@Injectable({ providedIn: 'root' })
export class FinalizationService {
  private readonly http = inject(HttpClient);

  form(centreId: number, sessionId: number): Observable<FinalizationForm> {
    return this.http.get<FinalizationForm>(`/api/centres/${centreId}/sessions/${sessionId}/finalization`);
  }

  finalize(centreId: number, sessionId: number, input: FinalizationInput): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/centres/${centreId}/sessions/${sessionId}/finalization`, input);
  }

  /** The issue reports recorded for the session (by the invigilator during the test, or by the centre since). */
  issueReports(centreId: number, sessionId: number): Observable<readonly IssueReportView[]> {
    return this.http
      .get<{ issueReports: readonly IssueReportView[] }>(`/api/centres/${centreId}/sessions/${sessionId}/issue-reports`)
      .pipe(map((body) => body.issueReports));
  }

  /** Records a report copied from the paper PV d'incident (source « centre »); the kind is named by its code. */
  recordIssueReport(centreId: number, sessionId: number, input: IssueReportInput): Observable<IssueReportView> {
    return this.http.post<IssueReportView>(`/api/centres/${centreId}/sessions/${sessionId}/issue-reports`, input);
  }

  /** Removes a mistaken report; the C6 of a PV de fraude is refused (409 ISSUE_REPORT_NOT_DELETABLE). */
  deleteIssueReport(centreId: number, sessionId: number, issueReportId: number): Observable<void> {
    return this.http
      .delete<unknown>(`/api/centres/${centreId}/sessions/${sessionId}/issue-reports/${issueReportId}`)
      .pipe(map(() => undefined));
  }
}
