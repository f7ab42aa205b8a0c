import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'etat-de-la-plateforme' },
  {
    path: 'etat-de-la-plateforme',
    loadChildren: () => import('./platform-status/platform-status.routes').then((m) => m.platformStatusRoutes),
  },
  { path: '**', redirectTo: '' },
];
