import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiErrorBody, textOf } from '../../testing/builders';
import { clickButton, typeInto } from '../../testing/dom';
import { InvigilationSignInPageComponent } from './invigilation-sign-in-page.component';

describe(InvigilationSignInPageComponent.name, () => {
  let fixture: ComponentFixture<InvigilationSignInPageComponent>;
  let gateway: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [InvigilationSignInPageComponent],
      providers: [provideRouter([{ path: '**', children: [] }]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InvigilationSignInPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => gateway.verify());

  it('opens the session page once the password is accepted', async () => {
    typeInto(page(), '#numero-session', ' 12 ');
    typeInto(page(), '#mot-de-passe-session', '24wb4');
    clickButton(page(), 'Accéder à la session');

    const signIn = gateway.expectOne('/api/invigilation/sessions/12/sign-in');
    expect(signIn.request.body).toEqual({ password: '24wb4' });
    signIn.flush({ sessionId: 12, candidates: [] });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/surveillance/sessions/12');
  });

  it('shows the gateway’s French message when the password is refused', async () => {
    typeInto(page(), '#numero-session', '12');
    typeInto(page(), '#mot-de-passe-session', 'C-BBBBB');
    clickButton(page(), 'Accéder à la session');

    gateway
      .expectOne('/api/invigilation/sessions/12/sign-in')
      .flush(apiErrorBody(403, 'INVIGILATOR_SIGN_IN_REFUSED', 'Numéro de session ou mot de passe incorrect.'), {
        status: 403,
        statusText: 'Forbidden',
      });
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"] p'))).toBe('Numéro de session ou mot de passe incorrect.');
  });

  it('asks for a session number in digits before sending anything', async () => {
    typeInto(page(), '#numero-session', 'douze');
    typeInto(page(), '#mot-de-passe-session', 'C-24WB4');
    clickButton(page(), 'Accéder à la session');
    await fixture.whenStable();

    expect(textOf(page().querySelector('#numero-session-messages'))).toBe(
      'Saisissez le numéro de la session, en chiffres.',
    );
  });
});
