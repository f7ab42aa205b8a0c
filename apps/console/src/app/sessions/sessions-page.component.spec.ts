import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { buildCentre, buildMe, buildMembership, buildSession, buildSignedIn, textOf } from '../../testing/builders';
import { clickButton } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { SessionsPageComponent } from './sessions-page.component';

describe(SessionsPageComponent.name, () => {
  let fixture: ComponentFixture<SessionsPageComponent>;
  let gateway: HttpTestingController;

  async function open(role: 'ADMIN' | 'MEMBER' | null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SessionsPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    const me =
      role === null
        ? buildMe({ user: { staffRole: 'SUPPORT' }, memberships: [] })
        : buildMe({ memberships: [buildMembership({ centreId: 3, role })] });
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway.expectOne('/api/auth/token').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000), me));
    fixture = TestBed.createComponent(SessionsPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3 }));
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf));

  it('lists the sessions with French dates, times and status labels', async () => {
    await open('MEMBER');

    gateway.expectOne('/api/centres/3/sessions').flush({
      sessions: [
        buildSession({
          id: 671,
          date: '2027-05-03',
          time: '09:00',
          candidateCount: 45,
          examiner: 'Sophie Dupont, Marc Petit',
          warnings: [{ code: 'TOO_MANY_CANDIDATES_PER_INVIGILATOR', message: '45 candidats pour 2 surveillants.' }],
        }),
        buildSession({ id: 669, status: 'in_process', deletable: false, candidateCount: 23 }),
        buildSession({ id: 512, status: 'processed', deletable: false, date: '2026-11-20', time: '14:00' }),
      ],
    });
    await fixture.whenStable();

    expect(rows()).toEqual([
      [
        'Session n° 671',
        '3 mai 2027',
        '9 h 00',
        'Bâtiment B',
        'Salle multimédia',
        'Sophie Dupont, Marc Petit',
        '45',
        'Créée Plus de 20 candidats par surveillant',
        'Supprimer la session n° 671',
      ],
      [
        'Session n° 669',
        '14 avril 2027',
        '13 h 30',
        'Bâtiment B',
        'Salle multimédia',
        'Sophie Dupont',
        '23',
        'Finalisée',
        '',
      ],
      [
        'Session n° 512',
        '20 novembre 2026',
        '14 h 00',
        'Bâtiment B',
        'Salle multimédia',
        'Sophie Dupont',
        '0',
        'Résultats transmis par Pix',
        '',
      ],
    ]);
    expect(page().querySelector('a[href$="/671"]')).not.toBeNull();
    expect(textOf(page().querySelector('a.fr-btn'))).toBe('Créer une session');
  });

  it('deletes a session after confirmation and lists the sessions again', async () => {
    await open('ADMIN');
    gateway.expectOne('/api/centres/3/sessions').flush({ sessions: [buildSession({ id: 671, candidateCount: 2 })] });
    await fixture.whenStable();

    page().querySelector<HTMLButtonElement>('#supprimer-671')?.click();
    await fixture.whenStable();
    expect(textOf(page().querySelector('#suppression-titre'))).toBe('Supprimer la session n° 671 ?');
    expect(document.activeElement?.id).toBe('confirmer-suppression');
    clickButton(page(), 'Supprimer la session');
    const deletion = gateway.expectOne('/api/centres/3/sessions/671');
    expect(deletion.request.method).toBe('DELETE');
    deletion.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    gateway.expectOne('/api/centres/3/sessions').flush({ sessions: [] });
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="status"]'))).toBe('La session n° 671 a été supprimée.');
    expect(page().querySelector('table')).toBeNull();
  });

  it('keeps the session when the deletion is cancelled', async () => {
    await open('MEMBER');
    gateway.expectOne('/api/centres/3/sessions').flush({ sessions: [buildSession({ id: 671 })] });
    await fixture.whenStable();

    page().querySelector<HTMLButtonElement>('#supprimer-671')?.click();
    await fixture.whenStable();
    clickButton(page(), 'Annuler');
    await fixture.whenStable();

    expect(page().querySelector('#suppression-titre')).toBeNull();
    expect(document.activeElement?.id).toBe('supprimer-671');
  });

  it('offers neither creation nor deletion to staff who only read', async () => {
    await open(null);
    gateway.expectOne('/api/centres/3/sessions').flush({ sessions: [buildSession({ id: 671 })] });
    await fixture.whenStable();

    expect(page().querySelector('a.fr-btn')).toBeNull();
    expect(page().querySelector('#supprimer-671')).toBeNull();
  });

  it('flags a session started more than 48 h ago and still not finalised: « À finaliser : plus de 48 h »', async () => {
    await open('MEMBER');

    gateway.expectOne('/api/centres/3/sessions').flush({
      sessions: [
        buildSession({
          id: 671,
          firstStartedAt: '2027-04-14T11:45:00.000Z',
          finalizationOverdue: true,
          deletable: false,
        }),
        buildSession({
          id: 669,
          firstStartedAt: '2027-04-16T11:45:00.000Z',
          finalizationOverdue: false,
          deletable: false,
        }),
      ],
    });
    await fixture.whenStable();

    expect(rows().map((row) => row[7])).toEqual(['Créée À finaliser : plus de 48 h', 'Créée']);
  });
});
