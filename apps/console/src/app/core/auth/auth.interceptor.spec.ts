import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiErrorBody, buildSignedIn } from '../../../testing/builders';
import { authInterceptor } from './auth.interceptor';
import { AuthService, NOW, SKIP_BEARER } from './auth.service';

const NOW_MS = Date.parse('2027-04-14T08:00:00.000Z');

describe('authInterceptor', () => {
  let http: HttpClient;
  let gateway: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: NOW, useValue: () => NOW_MS },
      ],
    });
    http = TestBed.inject(HttpClient);
    gateway = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => gateway.verify());

  function signIn(token: string, expiresAt = new Date(NOW_MS + 15 * 60_000)): void {
    auth.signIn('claire', 'secret').subscribe();
    gateway.expectOne('/api/auth/token').flush(buildSignedIn(token, expiresAt));
  }

  it('sends no bearer while signed out', () => {
    http.get('/api/health').subscribe();

    expect(gateway.expectOne('/api/health').request.headers.has('Authorization')).toBe(false);
  });

  it('never sends the token to another site', () => {
    signIn('token-1');

    http.get('https://example.org/api/centres').subscribe();

    expect(gateway.expectOne('https://example.org/api/centres').request.headers.has('Authorization')).toBe(false);
  });

  it('leaves the requests marked as the auth routes’ own alone', () => {
    signIn('token-1');

    http.post('/api/auth/logout', null, { context: new HttpContext().set(SKIP_BEARER, true) }).subscribe();

    expect(gateway.expectOne('/api/auth/logout').request.headers.has('Authorization')).toBe(false);
  });

  it('renews a token about to expire before sending the request', () => {
    signIn('token-1', new Date(NOW_MS + 2_000));

    http.get('/api/centres').subscribe();
    expect(gateway.match('/api/centres')).toEqual([]);
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', new Date(NOW_MS + 15 * 60_000)));

    expect(gateway.expectOne('/api/centres').request.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('tries again only once: a second 401 goes to the caller', () => {
    signIn('token-1');
    let status: number | undefined;

    http.get('/api/centres').subscribe({ error: (error: { status: number }) => (status = error.status) });
    gateway.expectOne('/api/centres').flush(apiErrorBody(401, 'UNAUTHENTICATED', 'Vous devez être connecté.'), {
      status: 401,
      statusText: 'Unauthorized',
    });
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', new Date(NOW_MS + 15 * 60_000)));
    gateway.expectOne('/api/centres').flush(apiErrorBody(401, 'UNAUTHENTICATED', 'Vous devez être connecté.'), {
      status: 401,
      statusText: 'Unauthorized',
    });

    expect(status).toBe(401);
    expect(gateway.match('/api/auth/refresh')).toEqual([]);
  });

  it('passes other errors on without refreshing', () => {
    signIn('token-1');
    let status: number | undefined;

    http.get('/api/centres/9').subscribe({ error: (error: { status: number }) => (status = error.status) });
    gateway.expectOne('/api/centres/9').flush(apiErrorBody(403, 'FORBIDDEN', 'Accès refusé.'), {
      status: 403,
      statusText: 'Forbidden',
    });

    expect(status).toBe(403);
    expect(gateway.match('/api/auth/refresh')).toEqual([]);
  });

  it('uses the token another request already got instead of refreshing again', () => {
    signIn('token-1');
    http.get('/api/centres').subscribe();
    const stale = gateway.expectOne('/api/centres');
    // Meanwhile the session was renewed (e.g. by the timer).
    auth.refresh().subscribe();
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-2', new Date(NOW_MS + 15 * 60_000)));

    stale.flush(apiErrorBody(401, 'UNAUTHENTICATED', 'Vous devez être connecté.'), {
      status: 401,
      statusText: 'Unauthorized',
    });

    expect(gateway.match('/api/auth/refresh')).toEqual([]);
    expect(gateway.expectOne('/api/centres').request.headers.get('Authorization')).toBe('Bearer token-2');
  });
});
