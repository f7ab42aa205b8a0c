import { Routes } from '@angular/router';
import { SessionDetailPageComponent } from './session-detail-page.component';
import { SessionFinalizationPageComponent } from './session-finalization-page.component';
import { SessionFormPageComponent } from './session-form-page.component';
import { SessionsPageComponent } from './sessions-page.component';

export const sessionsRoutes: Routes = [
  { path: '', title: 'Sessions de certification – Pix Certif', component: SessionsPageComponent },
  { path: 'nouvelle', title: 'Créer une session – Pix Certif', component: SessionFormPageComponent },
  { path: ':sessionId', title: 'Session de certification – Pix Certif', component: SessionDetailPageComponent },
  {
    path: ':sessionId/finalisation',
    title: 'Finaliser la session – Pix Certif',
    component: SessionFinalizationPageComponent,
  },
  { path: ':sessionId/modifier', title: 'Modifier la session – Pix Certif', component: SessionFormPageComponent },
];
