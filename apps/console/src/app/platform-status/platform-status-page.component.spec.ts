import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HealthResponse, ServiceHealth } from '@pix/api-types';
import { PlatformStatusPageComponent } from './platform-status-page.component';

function buildService(overrides: Partial<ServiceHealth> = {}): ServiceHealth {
  return {
    name: 'identity',
    status: 'up',
    latencyMs: 3,
    version: '0.1.0',
    uptimeSeconds: 120,
    database: { status: 'up', driver: 'pglite' },
    ...overrides,
  };
}

function buildHealth(overrides: Partial<HealthResponse> = {}): HealthResponse {
  return {
    status: 'up',
    gateway: { version: '0.1.0', uptimeSeconds: 7_530 },
    services: [buildService()],
    ...overrides,
  };
}

describe(PlatformStatusPageComponent.name, () => {
  let fixture: ComponentFixture<PlatformStatusPageComponent>;
  let gateway: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [PlatformStatusPageComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlatformStatusPageComponent);
    fixture.detectChanges();
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('says it is checking the services while the gateway has not answered', () => {
    expect(text('[role="status"]')).toBe('Vérification de l’état des services…');
    gateway.expectOne('/api/health');
  });

  it('lists each service with its availability and latency in French', async () => {
    gateway.expectOne('/api/health').flush(
      buildHealth({
        status: 'degraded',
        services: [
          buildService({ name: 'identity', latencyMs: 4 }),
          buildService({ name: 'sessions', latencyMs: 12 }),
          buildService({ name: 'testing', latencyMs: 7 }),
          buildService({ name: 'incidents', latencyMs: 5 }),
          buildService({ name: 'jury', status: 'down', latencyMs: null, version: undefined, error: 'timeout' }),
          buildService({ name: 'documents', latencyMs: 31, database: { status: 'down', driver: 'postgres' } }),
        ],
      }),
    );
    await fixture.whenStable();

    expect(text('caption')).toBe('Disponibilité des services');
    expect(text('[role="status"]')).toBe('État général : Dégradée');
    const rows = Array.from(page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Identité et établissements', 'Disponible', '4 ms', '0.1.0', 'Disponible (PGlite)'],
      ['Sessions', 'Disponible', '12 ms', '0.1.0', 'Disponible (PGlite)'],
      ['Passation', 'Disponible', '7 ms', '0.1.0', 'Disponible (PGlite)'],
      ['Incidents', 'Disponible', '5 ms', '0.1.0', 'Disponible (PGlite)'],
      ['Jury et résultats', 'Indisponible', '—non mesurée', '—', 'Disponible (PGlite)'],
      ['Documents', 'Disponible', '31 ms', '0.1.0', 'Indisponible (PostgreSQL)'],
    ]);
  });

  it('tells when every service is up', async () => {
    gateway.expectOne('/api/health').flush(buildHealth({ status: 'up' }));
    await fixture.whenStable();

    expect(text('[role="status"]')).toBe('État général : Opérationnelle');
    expect(text('.fr-text--sm')).toBe('Passerelle en version 0.1.0, en service depuis 2 h 5 min.');
  });

  it('says the gateway cannot be reached when the request fails', async () => {
    gateway.expectOne('/api/health').flush('Bad Gateway', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(text('[role="alert"] h2')).toBe('Impossible de joindre la passerelle');
    expect(page().querySelector('table')).toBeNull();
  });

  it('asks the gateway again on « Actualiser »', async () => {
    gateway.expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();

    page().querySelector<HTMLButtonElement>('button')?.click();
    fixture.detectChanges();
    gateway.expectOne('/api/health').flush(buildHealth());
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(text('tbody th')).toBe('Identité et établissements');
  });
});
