import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CentreView } from '@pix/contracts';
import { map, Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CentresService {
  private readonly http = inject(HttpClient);

  /** Every centre for national staff, their own for members. */
  list(): Observable<readonly CentreView[]> {
    return this.http.get<{ centres: readonly CentreView[] }>('/api/centres').pipe(map((body) => body.centres));
  }

  get(centreId: number): Observable<CentreView> {
    return this.http.get<CentreView>(`/api/centres/${centreId}`);
  }
}
