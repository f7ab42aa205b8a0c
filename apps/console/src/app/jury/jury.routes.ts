import { Routes } from '@angular/router';
import { JurySessionPageComponent } from './jury-session-page.component';
import { JurySessionsPageComponent } from './jury-sessions-page.component';

export const juryRoutes: Routes = [
  { path: '', title: 'Jury de certification – Pix Certif', component: JurySessionsPageComponent },
  { path: 'sessions/:sessionId', title: 'Session à traiter – Pix Certif', component: JurySessionPageComponent },
];
