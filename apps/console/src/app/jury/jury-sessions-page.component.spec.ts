import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { StaffRole } from '@pix/contracts';
import { buildMe, buildSignedIn, textOf } from '../../testing/builders';
import { check, clickButton, typeInto } from '../../testing/dom';
import { buildJurySessionSummary } from '../../testing/jury-builders';
import { AuthService } from '../core/auth/auth.service';
import { JurySessionsPageComponent } from './jury-sessions-page.component';

describe(JurySessionsPageComponent.name, () => {
  let harness: RouterTestingHarness;
  let gateway: HttpTestingController;

  async function open(url: string, staffRole: StaffRole = 'CERTIF'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'jury', component: JurySessionsPageComponent }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).signIn('agent', 'secret').subscribe();
    gateway
      .expectOne('/api/auth/token')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ user: { id: 5, staffRole }, memberships: [] }),
        ),
      );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, JurySessionsPageComponent);
  }

  afterEach(() => gateway.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const listRequest = () => gateway.expectOne((request) => request.url === '/api/jury/sessions');

  it('asks for the list and the filters of the address', async () => {
    await open('/jury?liste=a-publier&centre=Moulin&mes=oui&du=2027-04-01&au=2027-04-30');

    const request = listRequest();
    expect(request.request.urlWithParams).toBe(
      '/api/jury/sessions?list=to_publish&centre=Moulin&assignedToMe=true&from=2027-04-01&to=2027-04-30',
    );
    request.flush({ sessions: [] });
    await stable();
    expect(textOf(page().querySelector('h2'))).toBe('Sessions à publier');
    expect(page().querySelector<HTMLInputElement>('#filtre-centre')?.value).toBe('Moulin');
    expect(page().querySelector<HTMLInputElement>('#filtre-mes-sessions')?.checked).toBe(true);
  });

  it('puts the filters typed in the address and asks again', async () => {
    await open('/jury');
    expect(listRequest().request.urlWithParams).toBe('/api/jury/sessions?list=to_process');

    typeInto(page(), '#filtre-centre', '  Jean Moulin ');
    typeInto(page(), '#filtre-session', '669');
    typeInto(page(), '#filtre-du', '2027-04-01');
    check(page(), '#filtre-mes-sessions');
    clickButton(page(), 'Filtrer');
    await stable();

    expect(TestBed.inject(Router).url).toBe(
      '/jury?liste=a-traiter&centre=Jean%20Moulin&session=669&mes=oui&du=2027-04-01',
    );
    expect(listRequest().request.urlWithParams).toBe(
      '/api/jury/sessions?list=to_process&centre=Jean%20Moulin&sessionId=669&assignedToMe=true&from=2027-04-01',
    );
  });

  it('refuses a session number that is not one, without asking', async () => {
    await open('/jury');
    listRequest().flush({ sessions: [] });

    typeInto(page(), '#filtre-session', 'douze');
    clickButton(page(), 'Filtrer');
    await stable();

    expect(textOf(page().querySelector('#filtre-session-messages'))).toBe(
      'Saisissez un numéro de session, en chiffres.',
    );
    expect(TestBed.inject(Router).url).toBe('/jury');
  });

  it('shows each session with its status, assignee, counts and why it cannot be published', async () => {
    await open('/jury?liste=a-traiter');
    listRequest().flush({
      sessions: [
        buildJurySessionSummary({
          sessionId: 669,
          status: 'in_process',
          assignedTo: { userId: 5, name: 'Nadia Roux' },
          certificationCount: 24,
          unresolvedImpactfulReportCount: 2,
          publishable: false,
          blockers: ['2 signalements impactants non résolus.', 'Le surveillant a laissé un commentaire global.'],
        }),
        buildJurySessionSummary({ sessionId: 670, certificationCenterName: 'Lycée Victor Hugo', time: '09:00' }),
      ],
    });
    await stable();

    const rows = Array.from(page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), textOf),
    );
    expect(rows).toEqual([
      [
        '669',
        'Collège Jean Moulin',
        '14 avril 2027 à 13 h 30',
        'En cours de traitement',
        'Nadia Roux',
        '24',
        '2',
        expect.any(String),
      ],
      ['670', 'Lycée Victor Hugo', '14 avril 2027 à 9 h 00', 'Finalisée', '—', '2', '0', 'Publiable'],
    ]);
    expect(Array.from(page().querySelectorAll('tbody tr:first-child .jury-blockers li'), textOf)).toEqual([
      '2 signalements impactants non résolus.',
      'Le surveillant a laissé un commentaire global.',
    ]);
    expect(page().querySelector('tbody a')?.getAttribute('href')).toBe('/jury/sessions/669');
    expect(Array.from(page().querySelectorAll('button'), textOf)).not.toContain(
      'Publier toutes les sessions à publier',
    );
  });

  it('publishes the listed sessions after confirmation and says which were refused', async () => {
    await open('/jury?liste=a-publier');
    listRequest().flush({
      sessions: [buildJurySessionSummary({ sessionId: 669 }), buildJurySessionSummary({ sessionId: 670 })],
    });
    await stable();

    clickButton(page(), 'Publier toutes les sessions à publier');
    await stable();
    expect(textOf(page().querySelector('#publication-titre'))).toBe('Publier les 2 session(s) listée(s) ?');
    gateway.expectNone('/api/jury/publications');
    clickButton(page(), 'Publier les sessions');
    const publication = gateway.expectOne('/api/jury/publications');
    expect(publication.request.method).toBe('POST');
    expect(publication.request.body).toEqual({ sessionIds: [669, 670] });
    publication.flush({
      published: [669],
      refused: [{ sessionId: 670, code: 'SESSION_NOT_PUBLISHABLE', message: 'Une certification est en erreur.' }],
    });
    await stable();
    listRequest().flush({ sessions: [buildJurySessionSummary({ sessionId: 670 })] });
    await stable();

    const outcome = page().querySelector('#resultat-publication');
    expect(textOf(outcome?.querySelector('h3'))).toBe('1 session(s) publiée(s)');
    expect(Array.from(outcome?.querySelectorAll('li') ?? [], textOf)).toEqual([
      'Session n° 670 : Une certification est en erreur.',
    ]);
  });

  it('offers no publication to the read-only METIER role', async () => {
    await open('/jury?liste=a-publier', 'METIER');
    listRequest().flush({ sessions: [buildJurySessionSummary()] });
    await stable();

    expect(Array.from(page().querySelectorAll('button'), textOf)).toEqual(['Filtrer']);
  });
});
