import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Where to go after signing in: only a path of this console, never another site. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/connexion')) return null;
  return value;
}

/** Protected pages: waits for the session to be restored, else sends to /connexion and back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  if (auth.isSignedIn()) return true;
  return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
};

/** The sign-in page, for people not signed in yet. */
export const signedOutGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  return auth.isSignedIn() ? router.createUrlTree(['/centres']) : true;
};

/** The home page: your centres once signed in, else the platform status (a public page). */
export const homeRedirect = async (): Promise<string> => {
  const auth = inject(AuthService);
  await auth.restoreSession();
  return auth.isSignedIn() ? '/centres' : '/etat-de-la-plateforme';
};
