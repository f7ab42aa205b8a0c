import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AlertView, InvigilatedCandidate, InvigilatedSession } from '@pix/contracts';
import { map, Observable } from 'rxjs';
import type { InChallengeIssueCode } from './in-challenge-issues';

/** The invigilator space through the gateway (`/api/invigilation/sessions/:sessionId`). */
@Injectable({ providedIn: 'root' })
export class InvigilationService {
  private readonly http = inject(HttpClient);

  /** The password is accepted with or without its `C-`. */
  signIn(sessionId: number, password: string): Observable<InvigilatedSession> {
    return this.http.post<InvigilatedSession>(`${base(sessionId)}/sign-in`, { password });
  }

  /** Confirms the presence (before the start), authorises a resume (after it), or withdraws it. */
  authorize(sessionId: number, candidateId: number, authorized: boolean): Observable<InvigilatedCandidate> {
    return this.http.put<InvigilatedCandidate>(`${base(sessionId)}/candidates/${candidateId}/authorization`, {
      authorized,
    });
  }

  endTest(sessionId: number, candidateId: number): Observable<InvigilatedCandidate> {
    return this.http.post<InvigilatedCandidate>(`${base(sessionId)}/candidates/${candidateId}/end-test`, null);
  }

  alerts(sessionId: number): Observable<readonly AlertView[]> {
    return this.http
      .get<{ alerts: readonly AlertView[] }>(`${base(sessionId)}/alerts`)
      .pipe(map((body) => body.alerts));
  }

  validateAlert(sessionId: number, alertId: number, subcategory: InChallengeIssueCode): Observable<AlertView> {
    return this.http.put<AlertView>(`${base(sessionId)}/alerts/${alertId}`, { decision: 'validated', subcategory });
  }

  dismissAlert(sessionId: number, alertId: number): Observable<AlertView> {
    return this.http.put<AlertView>(`${base(sessionId)}/alerts/${alertId}`, { decision: 'dismissed' });
  }
}

function base(sessionId: number): string {
  return `/api/invigilation/sessions/${sessionId}`;
}
