import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SessionView } from '@pix/contracts';
import { map, Observable } from 'rxjs';

/** What the « Créer une session » form sends (rules §2.1). */
export interface SessionInput {
  /** « Nom du site » */
  readonly address: string;
  /** « Nom de la salle » */
  readonly room: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM` */
  readonly time: string;
  /** « Surveillant(s) » */
  readonly examiner: string;
  /** « Observations », optional */
  readonly description: string | null;
}

@Injectable({ providedIn: 'root' })
export class SessionsService {
  private readonly http = inject(HttpClient);

  list(centreId: number): Observable<readonly SessionView[]> {
    return this.http
      .get<{ sessions: readonly SessionView[] }>(`/api/centres/${centreId}/sessions`)
      .pipe(map((body) => body.sessions));
  }

  get(centreId: number, sessionId: number): Observable<SessionView> {
    return this.http.get<SessionView>(`/api/centres/${centreId}/sessions/${sessionId}`);
  }

  create(centreId: number, session: SessionInput): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/centres/${centreId}/sessions`, session);
  }

  update(centreId: number, sessionId: number, session: SessionInput): Observable<SessionView> {
    return this.http.put<SessionView>(`/api/centres/${centreId}/sessions/${sessionId}`, session);
  }

  remove(centreId: number, sessionId: number): Observable<void> {
    return this.http.delete<void>(`/api/centres/${centreId}/sessions/${sessionId}`);
  }
}
