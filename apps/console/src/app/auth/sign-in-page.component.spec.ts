import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiErrorBody, buildSignedIn, textOf } from '../../testing/builders';
import { clickButton, typeInto } from '../../testing/dom';
import { authInterceptor } from '../core/auth/auth.interceptor';
import { SignInPageComponent } from './sign-in-page.component';

describe(SignInPageComponent.name, () => {
  let fixture: ComponentFixture<SignInPageComponent>;
  let gateway: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SignInPageComponent],
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;

  async function signIn(login: string, password: string): Promise<void> {
    typeInto(page(), '#login', login);
    typeInto(page(), '#password-input', password);
    clickButton(page(), 'Se connecter');
    await fixture.whenStable();
  }

  it('labels both fields in French', () => {
    expect(textOf(page().querySelector('h1'))).toBe('Connexion à Pix Certif');
    expect(textOf(page().querySelector('label[for="login"]'))).toContain('Adresse e-mail ou identifiant');
    expect(textOf(page().querySelector('label[for="password-input"]'))).toBe('Mot de passe');
    expect(page().querySelector('#password-input')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('goes back to the page the person was sent away from', async () => {
    fixture.componentRef.setInput('retour', '/centres/3/sessions');

    await signIn(' claire.moreau@college-jean-moulin.fr ', 'secret');
    gateway
      .expectOne(
        (request) => request.url === '/api/auth/token' && request.body.login === 'claire.moreau@college-jean-moulin.fr',
      )
      .flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));

    expect(navigate).toHaveBeenCalledWith('/centres/3/sessions');
  });

  it('opens « Mes centres » when the return address is not one of ours', async () => {
    fixture.componentRef.setInput('retour', '//evil.example');

    await signIn('claire', 'secret');
    gateway.expectOne('/api/auth/token').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000)));

    expect(navigate).toHaveBeenCalledWith('/centres');
  });

  it('says why the sign-in was refused, in an alert that takes the focus, and clears the password', async () => {
    await signIn('claire', 'wrong');
    gateway
      .expectOne('/api/auth/token')
      .flush(apiErrorBody(401, 'INVALID_CREDENTIALS', 'L’identifiant ou le mot de passe est incorrect.'), {
        status: 401,
        statusText: 'Unauthorized',
      });
    await fixture.whenStable();

    const alert = page().querySelector<HTMLElement>('[role="alert"]');
    expect(textOf(alert?.querySelector('h2'))).toBe('Connexion impossible');
    expect(textOf(alert?.querySelector('p'))).toBe('L’identifiant ou le mot de passe est incorrect.');
    expect(document.activeElement).toBe(alert);
    expect(page().querySelector<HTMLInputElement>('#password-input')?.value).toBe('');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows each refused field under the field', async () => {
    await signIn('', '');
    gateway.expectOne('/api/auth/token').flush(
      apiErrorBody(400, 'VALIDATION_FAILED', 'La requête est invalide.', {
        issues: [
          { path: 'login', message: 'Saisissez votre adresse e-mail ou votre identifiant.' },
          { path: 'password', message: 'Saisissez votre mot de passe.' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('#login-messages'))).toBe(
      'Saisissez votre adresse e-mail ou votre identifiant.',
    );
    expect(textOf(page().querySelector('#password-input-messages'))).toBe('Saisissez votre mot de passe.');
    expect(page().querySelector('#login')?.getAttribute('aria-invalid')).toBe('true');
  });
});
