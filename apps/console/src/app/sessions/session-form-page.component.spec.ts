import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { apiErrorBody, buildCentre, buildSession, textOf } from '../../testing/builders';
import { clickButton, typeInto } from '../../testing/dom';
import { NoticeService } from '../core/ui/notice.service';
import { SessionFormPageComponent } from './session-form-page.component';

describe(SessionFormPageComponent.name, () => {
  let fixture: ComponentFixture<SessionFormPageComponent>;
  let gateway: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [SessionFormPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(SessionFormPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3 }));
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;

  function fillIn(): void {
    typeInto(page(), '#address', ' Bâtiment B ');
    typeInto(page(), '#room', 'Salle multimédia');
    typeInto(page(), '#date', '2027-04-14');
    typeInto(page(), '#time', '13:30');
    typeInto(page(), '#examiner', 'Sophie Dupont');
  }

  it('creates the session, then opens it with a message', async () => {
    await fixture.whenStable();
    fillIn();

    clickButton(page(), 'Créer la session');
    const request = gateway.expectOne('/api/centres/3/sessions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      address: 'Bâtiment B',
      room: 'Salle multimédia',
      date: '2027-04-14',
      time: '13:30',
      examiner: 'Sophie Dupont',
      description: null,
    });
    request.flush(buildSession({ id: 669 }));

    expect(navigate).toHaveBeenCalledWith(['/centres', 3, 'sessions', 669]);
    expect(TestBed.inject(NoticeService).take()?.message).toBe(
      'La session n° 669 a été créée. Ajoutez-y maintenant les candidats.',
    );
  });

  it('shows each problem the gateway found under its field, and the others in the alert', async () => {
    await fixture.whenStable();
    fillIn();

    clickButton(page(), 'Créer la session');
    gateway.expectOne('/api/centres/3/sessions').flush(
      apiErrorBody(400, 'SESSION_INVALID', 'La session comporte des informations invalides.', {
        problems: [
          { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
          { field: 'room', message: 'Le nom de la salle est obligatoire.' },
          { field: 'certificationCenterId', message: 'Le centre est inconnu.' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('#date-messages'))).toBe('La date de début ne peut pas être dans le passé.');
    expect(textOf(page().querySelector('#room-messages'))).toBe('Le nom de la salle est obligatoire.');
    expect(textOf(page().querySelector('#address-messages'))).toBe('');
    expect(page().querySelector('#date')?.getAttribute('aria-invalid')).toBe('true');
    expect(page().querySelector('#date')?.getAttribute('aria-describedby')).toBe('date-messages');
    expect(page().querySelector('#address')?.hasAttribute('aria-invalid')).toBe(false);
    const alert = page().querySelector<HTMLElement>('[role="alert"]');
    expect(textOf(alert?.querySelector('h2'))).toBe('La session n’a pas été créée');
    expect(textOf(alert?.querySelector('ul'))).toBe('Le centre est inconnu.');
    expect(document.activeElement).toBe(alert);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('fills the form with the session to edit and saves it with PUT', async () => {
    fixture.componentRef.setInput('sessionId', '669');
    await fixture.whenStable();
    gateway
      .expectOne('/api/centres/3/sessions/669')
      .flush(buildSession({ id: 669, room: 'B12', description: 'Prévoir les casques.' }));
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Modifier la session n° 669');
    expect(page().querySelector<HTMLInputElement>('#room')?.value).toBe('B12');
    typeInto(page(), '#room', 'B14');
    clickButton(page(), 'Enregistrer les modifications');
    const request = gateway.expectOne('/api/centres/3/sessions/669');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toMatchObject({ room: 'B14', description: 'Prévoir les casques.' });
    request.flush(buildSession({ id: 669, room: 'B14' }));

    expect(navigate).toHaveBeenCalledWith(['/centres', 3, 'sessions', 669]);
  });

  it('does not offer to edit a finalised session', async () => {
    fixture.componentRef.setInput('sessionId', '669');
    await fixture.whenStable();
    gateway.expectOne('/api/centres/3/sessions/669').flush(buildSession({ id: 669, status: 'finalized' }));
    await fixture.whenStable();

    expect(page().querySelector('form')).toBeNull();
    expect(textOf(page().querySelector('.fr-alert__title'))).toBe('Cette session ne peut plus être modifiée');
  });
});
