import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CandidateInput, CandidateView, EnrolmentReport } from '@pix/contracts';
import { map, Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CandidatesService {
  private readonly http = inject(HttpClient);

  list(centreId: number, sessionId: number): Observable<readonly CandidateView[]> {
    return this.http
      .get<{ candidates: readonly CandidateView[] }>(this.url(centreId, sessionId))
      .pipe(map((body) => body.candidates));
  }

  /** Non-SCO centres: one candidate typed in (rules §3.1). */
  add(centreId: number, sessionId: number, candidate: CandidateInput): Observable<CandidateView> {
    return this.http.post<CandidateView>(this.url(centreId, sessionId), candidate);
  }

  remove(centreId: number, sessionId: number, candidateId: number): Observable<void> {
    return this.http.delete<void>(`${this.url(centreId, sessionId)}/${candidateId}`);
  }

  /** SCO centres: every active pupil of a class. */
  enrolDivision(centreId: number, sessionId: number, division: string): Observable<EnrolmentReport> {
    return this.http.post<EnrolmentReport>(`${this.url(centreId, sessionId)}/enrol-pupils`, { division });
  }

  /** The « Liste des candidats » file (ODS or CSV): replaces the whole list, or changes nothing. */
  import(centreId: number, sessionId: number, file: File): Observable<EnrolmentReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<EnrolmentReport>(`${this.url(centreId, sessionId)}/import`, body);
  }

  private url(centreId: number, sessionId: number): string {
    return `/api/centres/${centreId}/sessions/${sessionId}/candidates`;
  }
}
