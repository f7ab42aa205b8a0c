import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { apiErrorBody, buildMe, buildSignedIn, textOf } from '../testing/builders';
import { App } from './app';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';

describe(App.name, () => {
  let gateway: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter(
          appRoutes,
          withComponentInputBinding(),
          withRouterConfig({ paramsInheritanceStrategy: 'always' }),
        ),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => gateway.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const refusedRefresh = () =>
    gateway
      .expectOne('/api/auth/refresh')
      .flush(apiErrorBody(401, 'REFRESH_TOKEN_INVALID', 'Votre session a expiré.'), {
        status: 401,
        statusText: 'Unauthorized',
      });
  const acceptedRefresh = () =>
    gateway
      .expectOne('/api/auth/refresh')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ user: { firstName: 'Claire', lastName: 'Moreau' } }),
        ),
      );

  it('shows the service name and tagline in the DSFR header', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();

    const header = (fixture.nativeElement as HTMLElement).querySelector('header');
    expect(header?.querySelector('.fr-header__service-title')?.textContent?.trim()).toBe('Pix Certif');
    expect(header?.querySelector('.fr-header__service-tagline')?.textContent?.trim()).toBe(
      'Certification des compétences numériques',
    );
  });

  it('opens the platform status from the home page when nobody is signed in', async () => {
    const navigation = router.navigateByUrl('/');
    await tick();
    refusedRefresh();
    await navigation;

    expect(router.url).toBe('/etat-de-la-plateforme');
  });

  it('opens « Mes centres » from the home page once the session is restored', async () => {
    const navigation = router.navigateByUrl('/');
    await tick();
    acceptedRefresh();
    await navigation;

    expect(router.url).toBe('/centres');
  });

  it('shows who is signed in and signs out from the header', async () => {
    const fixture = TestBed.createComponent(App);
    const page = fixture.nativeElement as HTMLElement;
    const navigation = router.navigateByUrl('/centres');
    await tick();
    acceptedRefresh();
    await navigation;
    await fixture.whenStable();

    expect(textOf(page.querySelector('.pix-account__name'))).toBe('Connecté en tant que Claire Moreau');
    const signOut = Array.from(page.querySelectorAll('header button')).find(
      (button) => textOf(button) === 'Se déconnecter',
    ) as HTMLButtonElement;
    signOut.click();
    gateway.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(router.url).toBe('/connexion');
    expect(page.querySelector('.pix-account__name')).toBeNull();
    expect(textOf(page.querySelector('header a[href="/connexion"]'))).toBe('Se connecter');
  });

  it('keeps the platform status reachable from the footer', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();

    const link = (fixture.nativeElement as HTMLElement).querySelector('footer a[href="/etat-de-la-plateforme"]');
    expect(textOf(link)).toBe('État de la plateforme');
  });
});
