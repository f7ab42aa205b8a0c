import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AlertView, AnswerReceipt, CurrentQuestion, JoinedSession, StartedTest } from '@pix/contracts';
import { Observable } from 'rxjs';
import type { CandidateAnswerValue } from './answer';

export interface CandidateIdentity {
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
}

/** The candidate's side through the gateway (`/api/certification`). */
@Injectable({ providedIn: 'root' })
export class CertificationService {
  private readonly http = inject(HttpClient);

  join(sessionId: number, identity: CandidateIdentity): Observable<JoinedSession> {
    return this.http.post<JoinedSession>(`/api/certification/sessions/${sessionId}/join`, identity);
  }

  start(sessionId: number, accessCode: string): Observable<StartedTest> {
    return this.http.post<StartedTest>(`/api/certification/sessions/${sessionId}/start`, { accessCode });
  }

  currentQuestion(courseId: number): Observable<CurrentQuestion> {
    return this.http.get<CurrentQuestion>(`/api/certification/courses/${courseId}/current-question`);
  }

  answer(courseId: number, challengeId: string, answer: CandidateAnswerValue): Observable<AnswerReceipt> {
    return this.http.post<AnswerReceipt>(`/api/certification/courses/${courseId}/answers`, { challengeId, answer });
  }

  /** « Je passe ». */
  skip(courseId: number, challengeId: string): Observable<AnswerReceipt> {
    return this.http.post<AnswerReceipt>(`/api/certification/courses/${courseId}/answers`, { challengeId, skip: true });
  }

  /** « Signaler un problème » on the current question. */
  raiseAlert(courseId: number): Observable<AlertView> {
    return this.http.post<AlertView>(`/api/certification/courses/${courseId}/alerts`, null);
  }
}
