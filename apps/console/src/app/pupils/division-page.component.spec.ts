import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  buildCentre,
  buildMe,
  buildMembership,
  buildPupilEligibility,
  buildSignedIn,
  textOf,
} from '../../testing/builders';
import { clickButton } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { DivisionPageComponent } from './division-page.component';

describe(DivisionPageComponent.name, () => {
  let fixture: ComponentFixture<DivisionPageComponent>;
  let gateway: HttpTestingController;

  async function open(role: 'ADMIN' | 'MEMBER'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [DivisionPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway
      .expectOne('/api/auth/token')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ memberships: [buildMembership({ centreId: 3, role })] }),
        ),
      );
    fixture = TestBed.createComponent(DivisionPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3 }));
    fixture.componentRef.setInput('division', '3 B');
    await fixture.whenStable();
    gateway.expectOne('/api/centres/3/divisions/3%20B/eligibility').flush({
      division: '3 B',
      limitDate: '2027-04-14T08:05:00.000Z',
      certifiableCount: 1,
      pupils: [
        buildPupilEligibility({
          pupilId: 7,
          lastName: 'Martin',
          firstName: 'Léa',
          username: 'lea.martin0703',
          hasAccount: true,
          certifiable: true,
          competencesAtLevelOneOrMore: 9,
        }),
        buildPupilEligibility({ pupilId: 8, lastName: 'Durand', firstName: 'Hugo' }),
      ],
    });
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf));

  it('tells who is certifiable and how many competences are at level 1 or more', async () => {
    await open('MEMBER');

    expect(rows()).toEqual([
      ['Martin', 'Léa', 'lea.martin0703', 'Oui', '9 / 16'],
      ['Durand', 'Hugo', 'Pas de compte', 'Non', '0 / 16'],
    ]);
    expect(textOf(page().querySelector('p strong'))).toBe('1 élève(s) certifiable(s) sur 2.');
    expect(page().querySelector('#compte-7')).toBeNull();
  });

  it('creates a pupil’s account for the admin and shows the credentials once', async () => {
    await open('ADMIN');

    expect(rows()[1]?.[5]).toBe('Créer le compte de Hugo Durand');
    page().querySelector<HTMLButtonElement>('#compte-8')?.click();
    const creation = gateway.expectOne('/api/centres/3/pupils/8/account');
    expect(creation.request.method).toBe('POST');
    creation.flush({ pupilId: 8, userId: 31, username: 'hugo.durand1204', temporaryPassword: 'Kp7-wX2q' });
    await fixture.whenStable();
    gateway.expectOne('/api/centres/3/divisions/3%20B/eligibility').flush({
      division: '3 B',
      limitDate: '2027-04-14T08:06:00.000Z',
      certifiableCount: 1,
      pupils: [buildPupilEligibility({ pupilId: 8, username: 'hugo.durand1204', hasAccount: true })],
    });
    await fixture.whenStable();

    const shown = page().querySelector<HTMLElement>('#identifiants');
    expect(textOf(shown?.querySelector('h2'))).toBe('Compte créé pour Hugo Durand');
    expect(textOf(shown?.querySelector('p'))).toBe('Identifiant : hugo.durand1204 Mot de passe temporaire : Kp7-wX2q');
    expect(document.activeElement).toBe(shown);

    clickButton(page(), 'J’ai noté les identifiants');
    await fixture.whenStable();
    expect(page().textContent).not.toContain('Kp7-wX2q');
  });

  it('gives a pupil who has an account a new temporary password', async () => {
    await open('ADMIN');

    clickButton(page(), 'Nouveau mot de passe temporaire de Léa Martin');
    gateway
      .expectOne('/api/centres/3/pupils/7/password-reset')
      .flush({ pupilId: 7, userId: 30, username: 'lea.martin0703', temporaryPassword: 'Zt4-mR8v' });
    await fixture.whenStable();

    expect(textOf(page().querySelector('#identifiants h2'))).toBe('Nouveau mot de passe temporaire pour Léa Martin');
  });
});
