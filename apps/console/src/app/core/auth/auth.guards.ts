import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Where to go after signing in: only a path of this console, never another site. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/connexion') || value.startsWith('/mot-de-passe')) return null;
  return value;
}

/** Protected pages: waits for the session to be restored, else sends to /connexion and back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  if (!auth.isSignedIn()) return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  // A temporary password is changed before anything else (the gateway refuses every other route meanwhile).
  if (auth.me()?.user.mustChangePassword === true) {
    return router.createUrlTree(['/mot-de-passe'], { queryParams: { retour: state.url } });
  }
  return true;
};

/** The password page: for someone signed in with a temporary password. */
export const temporaryPasswordGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  if (!auth.isSignedIn()) return router.createUrlTree(['/connexion']);
  return auth.me()?.user.mustChangePassword === true ? true : router.createUrlTree(['/']);
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
  const me = auth.me();
  if (me === null) return '/etat-de-la-plateforme';
  if (me.memberships.length > 0) return '/centres';
  // Pix staff outside any centre work in the jury (every staff role reads it); a pupil comes to take a test.
  return me.user.staffRole === null ? '/certification' : '/jury';
};
