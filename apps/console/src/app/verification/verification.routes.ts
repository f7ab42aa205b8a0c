import { Routes } from '@angular/router';
import { CertificatePageComponent } from './certificate-page.component';
import { VerificationPageComponent } from './verification-page.component';

/** Public pages: no guard, anyone with a code may check a certificate (rules §11). */
export const verificationRoutes: Routes = [
  { path: '', title: 'Vérifier un certificat Pix – Pix Certif', component: VerificationPageComponent },
  { path: ':code', title: 'Certificat Pix – Pix Certif', component: CertificatePageComponent },
];
