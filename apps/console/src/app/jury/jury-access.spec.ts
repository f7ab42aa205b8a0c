import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MembershipView, StaffRole } from '@pix/contracts';
import { buildMe, buildMembership, buildSignedIn } from '../../testing/builders';
import { homeRedirect } from '../core/auth/auth.guards';
import { juryAccess, juryGuard } from './jury-access';

@Component({ template: '' })
class BlankComponent {}

describe(juryAccess.name, () => {
  it.each([
    ['SUPER_ADMIN', true, true],
    ['CERTIF', true, true],
    ['SUPPORT', true, true],
    ['METIER', true, false],
    [null, false, false],
  ] as const)('gives %s read %p and act %p', (staffRole, canRead, canAct) => {
    expect(juryAccess(buildMe({ user: { staffRole } }))).toEqual({ canRead, canAct });
  });
});

describe('the way into the jury space', () => {
  let router: Router;
  let gateway: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', pathMatch: 'full', redirectTo: homeRedirect },
          { path: 'jury', component: BlankComponent, canActivate: [juryGuard] },
          { path: 'centres', component: BlankComponent },
          { path: 'certification', component: BlankComponent },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    gateway = TestBed.inject(HttpTestingController);
  });

  afterEach(() => gateway.verify());

  async function navigateAs(
    url: string,
    staffRole: StaffRole | null,
    memberships: readonly MembershipView[] = [],
  ): Promise<void> {
    const navigation = router.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    gateway
      .expectOne('/api/auth/refresh')
      .flush(
        buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000), buildMe({ user: { staffRole }, memberships })),
      );
    await navigation;
  }

  it('sends Pix staff outside any centre to the jury from the home page', async () => {
    await navigateAs('/', 'METIER');

    expect(router.url).toBe('/jury');
  });

  it('still sends staff who are members of a centre to their centres', async () => {
    await navigateAs('/', 'CERTIF', [buildMembership()]);

    expect(router.url).toBe('/centres');
  });

  it('keeps a centre member without a staff role out of the jury', async () => {
    await navigateAs('/jury', null, [buildMembership()]);

    expect(router.url).toBe('/centres');
  });

  it('keeps a pupil out of the jury', async () => {
    await navigateAs('/jury', null);

    expect(router.url).toBe('/certification');
  });
});
