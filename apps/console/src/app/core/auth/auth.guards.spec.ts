import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiErrorBody, buildMe, buildSignedIn } from '../../../testing/builders';
import { authGuard, safeReturnUrl, signedOutGuard, temporaryPasswordGuard } from './auth.guards';
import { authInterceptor } from './auth.interceptor';

@Component({ template: '' })
class BlankComponent {}

describe(authGuard.name, () => {
  let router: Router;
  let gateway: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'connexion', component: BlankComponent, canActivate: [signedOutGuard] },
          { path: 'centres', component: BlankComponent, canActivate: [authGuard] },
          { path: 'centres/:centreId/sessions', component: BlankComponent, canActivate: [authGuard] },
          { path: 'mot-de-passe', component: BlankComponent, canActivate: [temporaryPasswordGuard] },
          { path: '', component: BlankComponent },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    gateway = TestBed.inject(HttpTestingController);
  });

  afterEach(() => gateway.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  it('sends a signed-out person to /connexion, remembering where they were going', async () => {
    const navigation = router.navigateByUrl('/centres/3/sessions?tri=date');
    await tick();
    gateway
      .expectOne('/api/auth/refresh')
      .flush(apiErrorBody(401, 'REFRESH_TOKEN_INVALID', 'Votre session a expiré.'), {
        status: 401,
        statusText: 'Unauthorized',
      });
    await navigation;

    expect(router.url).toBe('/connexion?retour=%2Fcentres%2F3%2Fsessions%3Ftri%3Ddate');
  });

  it('waits for the session to be restored, then opens the page', async () => {
    const navigation = router.navigateByUrl('/centres');
    await tick();
    expect(router.url).toBe('/');
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));
    await navigation;

    expect(router.url).toBe('/centres');
  });

  it('sends someone signed in with a temporary password to choose theirs first, and back afterwards', async () => {
    const temporary = buildMe();
    const navigation = router.navigateByUrl('/centres/3/sessions');
    await tick();
    gateway.expectOne('/api/auth/refresh').flush(
      buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000), {
        ...temporary,
        user: { ...temporary.user, mustChangePassword: true },
      }),
    );
    await navigation;

    expect(router.url).toBe('/mot-de-passe?retour=%2Fcentres%2F3%2Fsessions');
  });

  it('keeps the password page for temporary passwords only', async () => {
    const navigation = router.navigateByUrl('/mot-de-passe');
    await tick();
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));
    await navigation;

    expect(router.url).toBe('/');
  });

  it('skips the sign-in page for someone already signed in', async () => {
    const navigation = router.navigateByUrl('/connexion');
    await tick();
    gateway.expectOne('/api/auth/refresh').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));
    await navigation;

    expect(router.url).toBe('/centres');
  });
});

describe(safeReturnUrl.name, () => {
  it.each([
    ['/centres/3/sessions', '/centres/3/sessions'],
    ['//evil.example/phish', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/connexion?retour=/centres', null],
    [undefined, null],
  ])('takes %s back as %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
