import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ShareableCertificate } from '@pix/contracts';
import { Observable } from 'rxjs';
import { SKIP_BEARER } from '../core/auth/auth.service';

/** The public check of a certificate (no sign-in): a recruiter types the code the candidate gave them. */
@Injectable({ providedIn: 'root' })
export class VerificationService {
  private readonly http = inject(HttpClient);

  certificate(verificationCode: string): Observable<ShareableCertificate> {
    // A public page: nobody's token goes with it, and a refused one never sends the visitor to the sign-in page.
    return this.http.get<ShareableCertificate>(`/api/public/certificates/${encodeURIComponent(verificationCode)}`, {
      context: new HttpContext().set(SKIP_BEARER, true),
    });
  }
}
