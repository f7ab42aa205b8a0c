import { HttpClient, HttpContext, HttpContextToken, HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { SignedInResponse } from '@pix/api-types';
import type { MeView } from '@pix/contracts';
import { catchError, finalize, map, Observable, of, shareReplay, tap } from 'rxjs';
import { withRefreshLock } from './refresh-lock';

/** Set on the auth routes' own requests: no bearer, no refresh-and-retry on a 401. */
export const SKIP_BEARER = new HttpContextToken<boolean>(() => false);

/** The current time in ms; replaced in tests. */
export const NOW = new InjectionToken<() => number>('NOW', { providedIn: 'root', factory: () => () => Date.now() });

/** Ask for a new access token this long before the current one expires. */
export const REFRESH_AHEAD_MS = 60_000;
/** A token closer than this to its expiry is renewed before it is sent. */
const EXPIRY_SKEW_MS = 5_000;

export type AuthStatus = 'restoring' | 'signed-in' | 'signed-out';

interface ActiveSession {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly me: MeView;
}

const withoutBearer = () => ({ context: new HttpContext().set(SKIP_BEARER, true) });

/**
 * Who is signed in. The access token lives in memory only; the refresh token is an HttpOnly cookie the
 * browser sends to /api/auth. One refresh at a time: every caller waiting for a new token shares it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly now = inject(NOW);

  private readonly session = signal<ActiveSession | null>(null);
  private readonly settled = signal(false);
  private readonly expiredSignal = signal(false);

  private refreshInFlight: Observable<string> | null = null;
  private restoring: Promise<void> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  readonly me = computed(() => this.session()?.me ?? null);
  readonly isSignedIn = computed(() => this.session() !== null);
  readonly status = computed<AuthStatus>(() => {
    if (this.session() !== null) return 'signed-in';
    return this.settled() ? 'signed-out' : 'restoring';
  });
  /** True once a session ended by itself (refresh refused): the sign-in page says so. */
  readonly expired = this.expiredSignal.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.refreshTimer));
  }

  signIn(login: string, password: string): Observable<MeView> {
    return this.http.post<SignedInResponse>('/api/auth/token', { login, password }, withoutBearer()).pipe(
      tap((signedIn) => this.start(signedIn)),
      map((signedIn) => signedIn.me),
    );
  }

  /** At start-up: a valid refresh cookie gives the session back without asking for the password. Runs once. */
  restoreSession(): Promise<void> {
    this.restoring ??= new Promise<void>((resolve) => {
      if (this.session() !== null) {
        resolve();
        return;
      }
      this.refresh().subscribe({ next: () => resolve(), error: () => resolve() });
    });
    return this.restoring;
  }

  /** A new access token from the refresh cookie; concurrent callers share the one request. */
  refresh(): Observable<string> {
    this.refreshInFlight ??= withRefreshLock(() =>
      this.http.post<SignedInResponse>('/api/auth/refresh', null, withoutBearer()),
    ).pipe(
      tap({ next: (signedIn) => this.start(signedIn), error: (error: unknown) => this.refreshFailed(error) }),
      map((signedIn) => signedIn.accessToken),
      finalize(() => {
        this.refreshInFlight = null;
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /** The token to send now: waits for a refresh in flight, renews one about to expire; null when signed out. */
  accessTokenForRequest(): Observable<string | null> {
    if (this.refreshInFlight !== null) return this.refreshInFlight.pipe(catchError(() => of(null)));
    const current = this.session();
    if (current === null) return of(null);
    if (current.expiresAt - this.now() <= EXPIRY_SKEW_MS) return this.refresh().pipe(catchError(() => of(null)));
    return of(current.accessToken);
  }

  /**
   * After a 401 on a request sent with `rejected`: the token someone else got meanwhile, or a new one.
   * Errors when the session cannot be renewed (then it has ended).
   */
  renewRejectedToken(rejected: string): Observable<string> {
    const current = this.session();
    if (current !== null && current.accessToken !== rejected) return of(current.accessToken);
    return this.refresh();
  }

  /** Ends the session here at once, then revokes the refresh cookie on the gateway. */
  signOut(): Observable<void> {
    this.clear();
    this.expiredSignal.set(false);
    void this.router.navigateByUrl('/connexion');
    return this.http.post<void>('/api/auth/logout', null, withoutBearer()).pipe(
      map(() => undefined),
      // Already revoked or unreachable: the person is signed out here either way.
      catchError(() => of(undefined)),
    );
  }

  private start(signedIn: SignedInResponse): void {
    const expiresAt = Date.parse(signedIn.accessTokenExpiresAt);
    this.session.set({ accessToken: signedIn.accessToken, expiresAt, me: signedIn.me });
    this.settled.set(true);
    this.expiredSignal.set(false);
    clearTimeout(this.refreshTimer);
    const delay = Math.max(0, expiresAt - this.now() - REFRESH_AHEAD_MS);
    this.refreshTimer = setTimeout(() => {
      this.refresh().subscribe({ error: () => undefined });
    }, delay);
  }

  private refreshFailed(error: unknown): void {
    this.settled.set(true);
    // The gateway could not be reached or failed: the cookie may still be good, keep the session for now.
    if (!(error instanceof HttpErrorResponse) || error.status === 0 || error.status >= 500) return;
    const wasSignedIn = this.session() !== null;
    this.clear();
    if (wasSignedIn) {
      this.expiredSignal.set(true);
      // Re-runs the guards of the current page: a protected page sends the person to the sign-in page.
      void this.router.navigateByUrl(this.router.url, { onSameUrlNavigation: 'reload' });
    }
  }

  private clear(): void {
    clearTimeout(this.refreshTimer);
    this.session.set(null);
    this.settled.set(true);
  }
}
