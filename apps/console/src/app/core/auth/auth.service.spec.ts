import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiErrorBody, buildMe, buildSignedIn } from '../../../testing/builders';
import { authInterceptor } from './auth.interceptor';
import { AuthService, NOW, REFRESH_AHEAD_MS } from './auth.service';

const NOW_MS = Date.parse('2027-04-14T08:00:00.000Z');
const in15Minutes = () => new Date(NOW_MS + 15 * 60_000);
const refusedRefresh = () =>
  [
    apiErrorBody(401, 'REFRESH_TOKEN_INVALID', 'Votre session a expiré. Reconnectez-vous.'),
    { status: 401, statusText: 'Unauthorized' },
  ] as const;
const unauthenticated = () =>
  [
    apiErrorBody(401, 'UNAUTHENTICATED', 'Vous devez être connecté.'),
    { status: 401, statusText: 'Unauthorized' },
  ] as const;

describe(AuthService.name, () => {
  let auth: AuthService;
  let http: HttpClient;
  let gateway: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'connexion', children: [] },
          { path: '**', children: [] },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: NOW, useValue: () => NOW_MS },
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpClient);
    gateway = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    gateway.verify();
    jest.useRealTimers();
  });

  function signIn(token = 'token-1'): void {
    auth.signIn('claire.moreau@college-jean-moulin.fr', 'secret').subscribe();
    gateway.expectOne('/api/auth/token').flush(buildSignedIn(token, in15Minutes()));
  }

  it('signs in with the login and password, keeps the token in memory and sends it as a bearer', () => {
    const me = buildMe();

    auth.signIn('claire.moreau@college-jean-moulin.fr', 'secret').subscribe();
    const login = gateway.expectOne('/api/auth/token');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({ login: 'claire.moreau@college-jean-moulin.fr', password: 'secret' });
    expect(login.request.headers.has('Authorization')).toBe(false);
    login.flush(buildSignedIn('token-1', in15Minutes(), me));

    expect(auth.status()).toBe('signed-in');
    expect(auth.me()).toEqual(me);
    http.get('/api/auth/me').subscribe();
    expect(gateway.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(JSON.stringify(localStorage)).not.toContain('token-1');
    expect(JSON.stringify(sessionStorage)).not.toContain('token-1');
  });

  it('stays signed out after a refused sign-in', () => {
    let failure: unknown;

    auth.signIn('claire', 'wrong').subscribe({ error: (error: unknown) => (failure = error) });
    gateway
      .expectOne('/api/auth/token')
      .flush(apiErrorBody(401, 'INVALID_CREDENTIALS', 'Identifiant ou mot de passe incorrect.'), {
        status: 401,
        statusText: 'Unauthorized',
      });

    expect(failure).toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
    expect(gateway.match('/api/auth/refresh')).toEqual([]);
  });

  it('gives the session back at start-up from the refresh cookie, once', async () => {
    const first = auth.restoreSession();
    const second = auth.restoreSession();
    expect(auth.status()).toBe('restoring');

    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-1', in15Minutes()));
    await Promise.all([first, second]);

    expect(auth.status()).toBe('signed-in');
    expect(auth.me()?.user.firstName).toBe('Claire');
  });

  it('is signed out at start-up when there is no valid refresh cookie', async () => {
    const restored = auth.restoreSession();

    gateway.expectOne('/api/auth/refresh').flush(...refusedRefresh());
    await restored;

    expect(auth.status()).toBe('signed-out');
    expect(auth.expired()).toBe(false);
  });

  it('answers concurrent 401s with exactly one refresh, then sends each request again with the new token', () => {
    signIn('token-1');
    const answers: unknown[] = [];

    http.get('/api/centres').subscribe((body) => answers.push(body));
    http.get('/api/centres/3/sessions').subscribe((body) => answers.push(body));
    const centres = gateway.expectOne('/api/centres');
    const sessions = gateway.expectOne('/api/centres/3/sessions');
    expect(centres.request.headers.get('Authorization')).toBe('Bearer token-1');
    centres.flush(...unauthenticated());
    sessions.flush(...unauthenticated());

    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', in15Minutes()));
    const retriedCentres = gateway.expectOne('/api/centres');
    const retriedSessions = gateway.expectOne('/api/centres/3/sessions');
    expect(retriedCentres.request.headers.get('Authorization')).toBe('Bearer token-2');
    expect(retriedSessions.request.headers.get('Authorization')).toBe('Bearer token-2');
    retriedCentres.flush({ centres: [] });
    retriedSessions.flush({ sessions: [] });

    expect(answers).toEqual([{ centres: [] }, { sessions: [] }]);
    expect(gateway.match('/api/auth/refresh')).toEqual([]);
  });

  it('sends a request waiting for a refresh in flight with the new token, without a second refresh', () => {
    signIn('token-1');
    auth.refresh().subscribe();

    http.get('/api/centres').subscribe();
    expect(gateway.match('/api/centres')).toEqual([]);
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', in15Minutes()));

    expect(gateway.expectOne('/api/centres').request.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('signs out and sends to the sign-in page when the refresh is refused', async () => {
    signIn('token-1');
    await router.navigateByUrl('/centres/3/sessions');
    const navigate = jest.spyOn(router, 'navigateByUrl');
    let failure: unknown;

    http.get('/api/centres').subscribe({ error: (error: unknown) => (failure = error) });
    gateway.expectOne('/api/centres').flush(...unauthenticated());
    gateway.expectOne('/api/auth/refresh').flush(...refusedRefresh());

    expect(auth.status()).toBe('signed-out');
    expect(auth.expired()).toBe(true);
    expect(failure).toMatchObject({ status: 401 });
    expect(navigate).toHaveBeenCalledWith('/centres/3/sessions', { onSameUrlNavigation: 'reload' });
    expect(gateway.match('/api/centres')).toEqual([]);
  });

  it('keeps the session when the gateway could not be reached for the refresh', () => {
    signIn('token-1');

    auth.refresh().subscribe({ error: () => undefined });
    gateway.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));

    expect(auth.status()).toBe('signed-in');
  });

  it('refreshes the token a minute before it expires', () => {
    jest.useFakeTimers();
    signIn('token-1');

    jest.advanceTimersByTime(15 * 60_000 - REFRESH_AHEAD_MS - 1);
    expect(gateway.match('/api/auth/refresh')).toEqual([]);
    jest.advanceTimersByTime(1);

    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', new Date(NOW_MS + 30 * 60_000)));
    http.get('/api/auth/me').subscribe();
    expect(gateway.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('signs out here at once, revokes the cookie on the gateway and opens the sign-in page', async () => {
    signIn('token-1');
    const navigate = jest.spyOn(router, 'navigateByUrl');

    auth.signOut().subscribe();

    expect(auth.status()).toBe('signed-out');
    expect(navigate).toHaveBeenCalledWith('/connexion');
    const logout = gateway.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.has('Authorization')).toBe(false);
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await Promise.resolve();
  });
});
