import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DivisionEligibility } from '@pix/api-types';
import type { DivisionView, ImportPupilsReport, PupilCredentials } from '@pix/contracts';
import { map, Observable } from 'rxjs';

/** The pupils of a SCO centre (base élèves), their classes and accounts. */
@Injectable({ providedIn: 'root' })
export class PupilsService {
  private readonly http = inject(HttpClient);

  /** The CSV export of the pupil base: all or nothing, per-line errors otherwise. */
  import(centreId: number, file: File): Observable<ImportPupilsReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportPupilsReport>(`/api/centres/${centreId}/pupils/import`, body);
  }

  divisions(centreId: number): Observable<readonly DivisionView[]> {
    return this.http
      .get<{ divisions: readonly DivisionView[] }>(`/api/centres/${centreId}/divisions`)
      .pipe(map((body) => body.divisions));
  }

  eligibility(centreId: number, division: string): Observable<DivisionEligibility> {
    return this.http.get<DivisionEligibility>(
      `/api/centres/${centreId}/divisions/${encodeURIComponent(division)}/eligibility`,
    );
  }

  /** Username + temporary password, shown once. */
  createAccount(centreId: number, pupilId: number): Observable<PupilCredentials> {
    return this.http.post<PupilCredentials>(`/api/centres/${centreId}/pupils/${pupilId}/account`, null);
  }

  resetPassword(centreId: number, pupilId: number): Observable<PupilCredentials> {
    return this.http.post<PupilCredentials>(`/api/centres/${centreId}/pupils/${pupilId}/password-reset`, null);
  }
}
