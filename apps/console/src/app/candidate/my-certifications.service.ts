import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UserCertificationView } from '@pix/contracts';
import { catchError, from, map, Observable, switchMap, throwError } from 'rxjs';
import { toApiErrorFromBlob } from '../core/http/api-error';
import { DownloadedFile, toDownloadedFile } from '../core/http/download';

/** The signed-in candidate's own certifications (`/api/me`): results only once the jury published them. */
@Injectable({ providedIn: 'root' })
export class MyCertificationsService {
  private readonly http = inject(HttpClient);

  list(): Observable<readonly UserCertificationView[]> {
    return this.http
      .get<{ certifications: readonly UserCertificationView[] }>('/api/me/certifications')
      .pipe(map((body) => body.certifications));
  }

  /** The attestation PDF needs the bearer token: fetched as a blob; errors arrive as `ApiError`. */
  attestation(certificationId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/me/certifications/${certificationId}/attestation`, { observe: 'response', responseType: 'blob' })
      .pipe(
        map((response) => toDownloadedFile(response, `attestation-pix-${certificationId}.pdf`)),
        catchError((error: unknown) =>
          from(toApiErrorFromBlob(error)).pipe(switchMap((apiError) => throwError(() => apiError))),
        ),
      );
  }
}
