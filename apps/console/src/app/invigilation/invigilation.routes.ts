import { Routes } from '@angular/router';
import { InvigilatedSessionPageComponent } from './invigilated-session-page.component';
import { InvigilationSignInPageComponent } from './invigilation-sign-in-page.component';

export const invigilationRoutes: Routes = [
  { path: '', title: 'Espace surveillant – Pix Certif', component: InvigilationSignInPageComponent },
  {
    path: 'sessions/:sessionId',
    title: 'Surveillance de la session – Pix Certif',
    component: InvigilatedSessionPageComponent,
  },
];
