import { Routes } from '@angular/router';
import { centreResolver } from './centre.resolver';
import { CentreSpaceComponent } from './centre-space.component';
import { CentresPageComponent } from './centres-page.component';

export const centresRoutes: Routes = [
  { path: '', title: 'Mes centres – Pix Certif', component: CentresPageComponent },
  {
    path: ':centreId',
    component: CentreSpaceComponent,
    resolve: { centre: centreResolver },
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'sessions' },
      { path: 'sessions', loadChildren: () => import('../sessions/sessions.routes').then((m) => m.sessionsRoutes) },
      { path: 'eleves', loadChildren: () => import('../pupils/pupils.routes').then((m) => m.pupilsRoutes) },
    ],
  },
];
