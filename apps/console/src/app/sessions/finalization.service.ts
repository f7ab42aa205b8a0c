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
}
