import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { apiErrorBody, buildSignedIn, textOf } from '../../testing/builders';
import { typeInto } from '../../testing/dom';
import { buildCompetences, buildShareableCertificate } from '../../testing/jury-builders';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../core/auth/auth.interceptor';
import { AuthService } from '../core/auth/auth.service';
import { CertificatePageComponent } from './certificate-page.component';
import { normaliseVerificationCode } from './verification-code';
import { VerificationPageComponent } from './verification-page.component';

describe(normaliseVerificationCode.name, () => {
  it.each([
    ['P-KMKBXT33', 'P-KMKBXT33'],
    [' p-kmkbxt33 ', 'P-KMKBXT33'],
    ['kmkbxt33', 'P-KMKBXT33'],
    ['P KMKB XT33', 'P-KMKBXT33'],
    ['P-KMKBXT3', null],
    ['', null],
    ['../admin', null],
  ])('reads %p as %p', (typed, expected) => {
    expect(normaliseVerificationCode(typed)).toBe(expected);
  });
});

describe(VerificationPageComponent.name, () => {
  let fixture: ComponentFixture<VerificationPageComponent>;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [VerificationPageComponent], providers: [provideRouter([])] });
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(VerificationPageComponent);
    await fixture.whenStable();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const submit = () => page().querySelector('form')?.dispatchEvent(new Event('submit'));

  it('opens the certificate of the code typed, in upper case', async () => {
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);

    typeInto(page(), '#code-verification', ' p-kmkbxt33');
    submit();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/verification', 'P-KMKBXT33']);
  });

  it('explains what a code looks like when the one typed cannot be one', async () => {
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);

    typeInto(page(), '#code-verification', 'P-1234');
    submit();
    await fixture.whenStable();

    expect(navigate).not.toHaveBeenCalled();
    expect(textOf(page().querySelector('#code-verification-messages'))).toBe(
      'Le code de vérification commence par « P- » suivi de 8 lettres ou chiffres, par exemple P-KMKBXT33.',
    );
    expect(page().querySelector('#code-verification')?.getAttribute('aria-invalid')).toBe('true');
  });
});

describe(CertificatePageComponent.name, () => {
  let fixture: ComponentFixture<CertificatePageComponent>;
  let gateway: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CertificatePageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const fact = (term: string) => {
    const entry = Array.from(page().querySelectorAll('dl > div')).find(
      (div) => textOf(div.querySelector('dt')) === term,
    );
    return textOf(entry?.querySelector('dd'));
  };

  async function open(code: string): Promise<void> {
    fixture = TestBed.createComponent(CertificatePageComponent);
    fixture.componentRef.setInput('code', code);
    await fixture.whenStable();
  }

  it('shows exactly the certificate: identity, dates, centre, score out of the maximum, levels by area', async () => {
    await open('p-kmkbxt33');
    gateway
      .expectOne('/api/public/certificates/P-KMKBXT33')
      .flush(buildShareableCertificate({ competences: buildCompetences({ '3.4': 0, '5.2': -1, '1.1': 4 }) }));
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Certificat Pix de Léa Martin');
    expect(fact('Nom et prénom')).toBe('Martin Léa');
    expect(fact('Date de naissance')).toBe('7 mars 2011 à Paris');
    expect(fact('Date de passage')).toBe('14 avril 2027');
    expect(fact('Délivré le')).toBe('3 mai 2027');
    expect(fact('Centre de certification')).toBe('Collège Jean Moulin');
    expect(fact('Score Pix')).toMatch(/^345 \/ 1024 /);
    expect(Array.from(page().querySelectorAll('.pix-competence-area h3'), textOf)).toEqual([
      '1. Informations et données',
      '2. Communication et collaboration',
      '3. Création de contenu',
      '4. Protection et sécurité',
      '5. Environnement numérique',
    ]);
    expect(page().querySelectorAll('.pix-competence')).toHaveLength(16);
    expect(textOf(page().querySelector('.pix-competence'))).toBe(
      '1.1 Mener une recherche et une veille d’information Niveau 4',
    );
    expect(Array.from(page().querySelectorAll('.pix-competence--uncertified'), textOf)).toEqual([
      '3.4 Programmer Non certifiée',
      '5.2 Construire un environnement numérique Non certifiée',
    ]);
  });

  it('asks without anyone’s token, even when someone is signed in', async () => {
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway.expectOne('/api/auth/token').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));
    await open('P-KMKBXT33');

    const lookup = gateway.expectOne('/api/public/certificates/P-KMKBXT33');
    expect(lookup.request.headers.has('Authorization')).toBe(false);
    lookup.flush(buildShareableCertificate());
  });

  it('says no certificate matches an unknown, unpublished or not validated code', async () => {
    await open('P-KMKBXT33');
    gateway
      .expectOne('/api/public/certificates/P-KMKBXT33')
      .flush(apiErrorBody(404, 'CERTIFICATE_NOT_FOUND', 'Aucun certificat ne correspond à ce code de vérification.'), {
        status: 404,
        statusText: 'Not Found',
      });
    await fixture.whenStable();

    const alert = page().querySelector('[role="alert"]');
    expect(textOf(alert?.querySelector('.fr-alert__title'))).toBe('Aucun certificat ne correspond au code P-KMKBXT33');
    expect(textOf(alert)).toContain('Aucun certificat ne correspond à ce code de vérification.');
    expect(page().querySelector('dl')).toBeNull();
  });

  it('asks to wait after too many lookups', async () => {
    await open('P-KMKBXT33');
    gateway
      .expectOne('/api/public/certificates/P-KMKBXT33')
      .flush(apiErrorBody(429, 'RATE_LIMITED', 'Trop de vérifications depuis cette adresse.'), {
        status: 429,
        statusText: 'Too Many Requests',
      });
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"] .fr-alert__title'))).toBe(
      'Trop de vérifications en peu de temps',
    );
    expect(textOf(page().querySelector('[role="alert"]'))).toContain('Patientez quelques minutes, puis réessayez.');
  });

  it('does not ask the gateway about something that cannot be a code', async () => {
    await open('n-importe-quoi');

    expect(textOf(page().querySelector('[role="alert"] .fr-alert__title'))).toBe(
      'Ce code de vérification n’est pas valide',
    );
  });
});

describe('the verification routes', () => {
  it('open for someone not signed in, without asking who they are', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    const router = TestBed.inject(Router);
    const gateway = TestBed.inject(HttpTestingController);

    await router.navigateByUrl('/verification/P-KMKBXT33');

    expect(router.url).toBe('/verification/P-KMKBXT33');
    gateway.verify();
  });
});
