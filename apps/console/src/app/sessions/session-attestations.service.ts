import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import type { AttestationBatchView } from '@pix/contracts';
import { catchError, EMPTY, expand, from, map, Observable, switchMap, throwError, timer } from 'rxjs';
import { toApiErrorFromBlob } from '../core/http/api-error';
import { DownloadedFile, toDownloadedFile } from '../core/http/download';

/** How often the batch is asked for while it is generated (ms). */
export const ATTESTATION_POLL_MS = new InjectionToken<number>('ATTESTATION_POLL_MS', { factory: () => 1000 });

/**
 * The attestations of a published session (rules §11), merged into one PDF by the documents service in the
 * background. Progress is polled: a batch lasts seconds to minutes and one person watches it.
 */
@Injectable({ providedIn: 'root' })
export class SessionAttestationsService {
  private readonly http = inject(HttpClient);
  private readonly pollMs = inject(ATTESTATION_POLL_MS);

  /** Starts the batch (the whole session, or one class), then emits its view until it is done or failed. */
  generate(centreId: number, sessionId: number, division: string | null): Observable<AttestationBatchView> {
    return this.http
      .post<AttestationBatchView>(
        `/api/centres/${centreId}/sessions/${sessionId}/attestations`,
        division === null ? {} : { division },
      )
      .pipe(
        // One request at a time: the next poll leaves `pollMs` after the previous answer, never overlapping it.
        expand((view) =>
          view.status === 'queued' || view.status === 'running'
            ? timer(this.pollMs).pipe(
                switchMap(() =>
                  this.http.get<AttestationBatchView>(`/api/centres/${centreId}/attestation-batches/${view.batchId}`),
                ),
              )
            : EMPTY,
        ),
      );
  }

  download(centreId: number, batch: AttestationBatchView): Observable<DownloadedFile> {
    return this.http
      .get(`/api/centres/${centreId}/attestation-batches/${batch.batchId}/file`, {
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response) => toDownloadedFile(response, batch.fileName ?? `attestations-${batch.sessionId}.pdf`)),
        catchError((error: unknown) =>
          from(toApiErrorFromBlob(error)).pipe(switchMap((apiError) => throwError(() => apiError))),
        ),
      );
  }
}
