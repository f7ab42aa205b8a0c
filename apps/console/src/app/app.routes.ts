import { Route } from '@angular/router';
import { authGuard, homeRedirect, signedOutGuard, temporaryPasswordGuard } from './core/auth/auth.guards';
import { juryGuard } from './jury/jury-access';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: homeRedirect },
  {
    path: 'connexion',
    title: 'Connexion – Pix Certif',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'mot-de-passe',
    title: 'Choisir son mot de passe – Pix Certif',
    canActivate: [temporaryPasswordGuard],
    loadComponent: () => import('./auth/change-password-page.component').then((m) => m.ChangePasswordPageComponent),
  },
  {
    path: 'centres',
    canActivate: [authGuard],
    // Checked again on every navigation: a session that ended sends the person to the sign-in page.
    runGuardsAndResolvers: 'always',
    loadChildren: () => import('./centres/centres.routes').then((m) => m.centresRoutes),
  },
  {
    path: 'surveillance',
    canActivate: [authGuard],
    runGuardsAndResolvers: 'always',
    loadChildren: () => import('./invigilation/invigilation.routes').then((m) => m.invigilationRoutes),
  },
  {
    path: 'certification',
    canActivate: [authGuard],
    runGuardsAndResolvers: 'always',
    loadChildren: () => import('./candidate/candidate.routes').then((m) => m.candidateRoutes),
  },
  {
    // Pix staff only; METIER reads, the other staff roles also act (rules §9).
    path: 'jury',
    canActivate: [authGuard, juryGuard],
    runGuardsAndResolvers: 'always',
    loadChildren: () => import('./jury/jury.routes').then((m) => m.juryRoutes),
  },
  {
    // Public: a recruiter checks a certificate without an account (rules §11).
    path: 'verification',
    loadChildren: () => import('./verification/verification.routes').then((m) => m.verificationRoutes),
  },
  {
    path: 'etat-de-la-plateforme',
    loadChildren: () => import('./platform-status/platform-status.routes').then((m) => m.platformStatusRoutes),
  },
  { path: '**', redirectTo: '' },
];
