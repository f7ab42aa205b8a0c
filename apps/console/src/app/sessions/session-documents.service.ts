import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, from, map, Observable, switchMap, throwError } from 'rxjs';
import { toApiErrorFromBlob } from '../core/http/api-error';
import { DownloadedFile, toDownloadedFile } from '../core/http/download';

/** The official documents of a session (rules §12), as the gateway names them. */
export type SessionDocumentKind =
  'attendance-sheet' | 'invigilator-kit' | 'incident-report' | 'fraud-report' | 'candidate-notice';

export interface SessionDocument {
  readonly kind: SessionDocumentKind;
  readonly label: string;
}

/** In the order of the day: printed before, used during the session. */
export const SESSION_DOCUMENTS: readonly SessionDocument[] = [
  { kind: 'attendance-sheet', label: 'Feuille d’émargement' },
  { kind: 'invigilator-kit', label: 'Kit surveillant' },
  { kind: 'incident-report', label: 'PV d’incident' },
  { kind: 'fraud-report', label: 'PV de fraude' },
  { kind: 'candidate-notice', label: 'Notice candidat' },
];

/**
 * Documents need the bearer token, so they are fetched as blobs rather than opened as links.
 * Errors arrive as `ApiError` (the JSON body is read out of the blob).
 */
@Injectable({ providedIn: 'root' })
export class SessionDocumentsService {
  private readonly http = inject(HttpClient);

  download(centreId: number, sessionId: number, kind: SessionDocumentKind): Observable<DownloadedFile> {
    return this.fetch(`/api/centres/${centreId}/sessions/${sessionId}/documents/${kind}`, `${kind}-${sessionId}.pdf`);
  }

  /** The blank « Liste des candidats » (ODS), with the columns of the centre's type. */
  candidateListTemplate(centreId: number): Observable<DownloadedFile> {
    return this.fetch(`/api/centres/${centreId}/candidate-list-template`, 'liste-des-candidats.ods');
  }

  private fetch(url: string, fallbackName: string): Observable<DownloadedFile> {
    return this.http.get(url, { observe: 'response', responseType: 'blob' }).pipe(
      map((response) => toDownloadedFile(response, fallbackName)),
      catchError((error: unknown) =>
        from(toApiErrorFromBlob(error)).pipe(switchMap((apiError) => throwError(() => apiError))),
      ),
    );
  }
}
