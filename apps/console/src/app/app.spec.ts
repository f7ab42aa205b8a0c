import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';
import { appRoutes } from './app.routes';

describe(App.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter(appRoutes), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('shows the service name and tagline in the DSFR header', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();

    const header = (fixture.nativeElement as HTMLElement).querySelector('header');
    expect(header?.querySelector('.fr-header__service-title')?.textContent?.trim()).toBe('Pix Certif');
    expect(header?.querySelector('.fr-header__service-tagline')?.textContent?.trim()).toBe(
      'Certification des compétences numériques',
    );
  });

  it('opens the platform status from the home page', async () => {
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/');

    expect(router.url).toBe('/etat-de-la-plateforme');
  });
});
