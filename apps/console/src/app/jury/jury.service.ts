import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  JuryAction,
  JurySessionDetail,
  JurySessionList,
  JurySessionSummary,
  PublishBatchResponse,
} from '@pix/contracts';
import { map, Observable } from 'rxjs';

/** The filters of the jury's session lists, as the gateway takes them. */
export interface JuryListFilters {
  readonly list: JurySessionList;
  /** Part of the centre's name. */
  readonly centre: string | null;
  readonly sessionId: number | null;
  /** Only the sessions assigned to the signed-in member (« Mes sessions »). */
  readonly assignedToMe: boolean;
  /** `YYYY-MM-DD` bounds of the session date. */
  readonly from: string | null;
  readonly to: string | null;
}

/** Pix's jury through the gateway (`/api/jury`). */
@Injectable({ providedIn: 'root' })
export class JuryService {
  private readonly http = inject(HttpClient);

  list(filters: JuryListFilters): Observable<readonly JurySessionSummary[]> {
    let params = new HttpParams().set('list', filters.list);
    if (filters.centre !== null) params = params.set('centre', filters.centre);
    if (filters.sessionId !== null) params = params.set('sessionId', filters.sessionId);
    if (filters.assignedToMe) params = params.set('assignedToMe', 'true');
    if (filters.from !== null) params = params.set('from', filters.from);
    if (filters.to !== null) params = params.set('to', filters.to);
    return this.http
      .get<{ sessions: readonly JurySessionSummary[] }>('/api/jury/sessions', { params })
      .pipe(map((body) => body.sessions));
  }

  get(sessionId: number): Observable<JurySessionDetail> {
    return this.http.get<JurySessionDetail>(`/api/jury/sessions/${sessionId}`);
  }

  /** Every jury action; the answer is the session as it is now (rescored where it matters). */
  act(sessionId: number, action: JuryAction): Observable<JurySessionDetail> {
    return this.http.post<JurySessionDetail>(`/api/jury/sessions/${sessionId}/actions`, action);
  }

  /** Publishes the sessions named (by default every publishable one); the refused ones say why. */
  publishBatch(sessionIds?: readonly number[]): Observable<PublishBatchResponse> {
    return this.http.post<PublishBatchResponse>(
      '/api/jury/publications',
      sessionIds === undefined ? {} : { sessionIds },
    );
  }
}
