import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SessionResults } from '@pix/contracts';
import { catchError, from, map, Observable, switchMap, throwError } from 'rxjs';
import { toApiErrorFromBlob } from '../core/http/api-error';
import { DownloadedFile, toDownloadedFile } from '../core/http/download';

/** A published session's results, as its centre sees them (rules §9 « How results reach the school »). */
@Injectable({ providedIn: 'root' })
export class SessionResultsService {
  private readonly http = inject(HttpClient);

  get(centreId: number, sessionId: number): Observable<SessionResults> {
    return this.http.get<SessionResults>(`/api/centres/${centreId}/sessions/${sessionId}/results`);
  }

  /** The results CSV of the session, or of one class (`division`); errors arrive as `ApiError`. */
  csv(centreId: number, sessionId: number, division: string | null): Observable<DownloadedFile> {
    const params = division === null ? undefined : new HttpParams().set('division', division);
    const fallbackName =
      division === null ? `resultats-session-${sessionId}.csv` : `resultats-${division}-${sessionId}.csv`;
    return this.http
      .get(`/api/centres/${centreId}/sessions/${sessionId}/results.csv`, {
        params,
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response) => toDownloadedFile(response, fallbackName)),
        catchError((error: unknown) =>
          from(toApiErrorFromBlob(error)).pipe(switchMap((apiError) => throwError(() => apiError))),
        ),
      );
  }
}
