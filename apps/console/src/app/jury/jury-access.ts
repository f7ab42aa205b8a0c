import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { MeView, StaffRole } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';

/** Rules §9, as the gateway checks them: METIER reads the jury's lists, the others also act. */
const JURY_READERS: readonly StaffRole[] = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER'];
const JURY_ACTORS: readonly StaffRole[] = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT'];

export interface JuryAccess {
  readonly canRead: boolean;
  /** Assign, comment, neutralise, cancel, publish…: hidden from the read-only METIER role. */
  readonly canAct: boolean;
}

export function juryAccess(me: MeView | null): JuryAccess {
  const role = me?.user.staffRole ?? null;
  return {
    canRead: role !== null && JURY_READERS.includes(role),
    canAct: role !== null && JURY_ACTORS.includes(role),
  };
}

/** The jury space: Pix staff only; anybody else goes back to their home page. */
export const juryGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  return juryAccess(auth.me()).canRead ? true : router.createUrlTree(['/']);
};
