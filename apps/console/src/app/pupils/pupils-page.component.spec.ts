import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiErrorBody, buildCentre, buildMe, buildMembership, buildSignedIn, textOf } from '../../testing/builders';
import { chooseFile, clickButton } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { PupilsPageComponent } from './pupils-page.component';

describe(PupilsPageComponent.name, () => {
  let fixture: ComponentFixture<PupilsPageComponent>;
  let gateway: HttpTestingController;

  async function open(role: 'ADMIN' | 'MEMBER'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [PupilsPageComponent],
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
    fixture = TestBed.createComponent(PupilsPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3 }));
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;

  it('lists the classes with their active pupils', async () => {
    await open('MEMBER');

    gateway.expectOne('/api/centres/3/divisions').flush({
      divisions: [
        { name: '3A', activePupils: 28 },
        { name: '3 B', activePupils: 25 },
      ],
    });
    await fixture.whenStable();

    expect(Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.children, textOf))).toEqual([
      ['3A', '28'],
      ['3 B', '25'],
    ]);
    expect(page().querySelector('a[href="/classes/3%20B"]')).not.toBeNull();
    expect(page().querySelector('#pupil-list-file')).toBeNull();
  });

  it('imports the pupil list and reports what changed', async () => {
    await open('ADMIN');
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    chooseFile(page(), '#pupil-list-file', new File(['INE;Nom'], 'eleves.csv', { type: 'text/csv' }));
    clickButton(page(), 'Importer la liste des élèves');
    gateway
      .expectOne('/api/centres/3/pupils/import')
      .flush({ created: 120, updated: 3, unchanged: 45, deactivated: 2, divisions: ['3A', '3B'] });
    await fixture.whenStable();
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [{ name: '3A', activePupils: 28 }] });
    await fixture.whenStable();

    const report = page().querySelector('.fr-alert--success');
    expect(Array.from(report?.querySelectorAll('li') ?? [], textOf)).toEqual([
      '120 élève(s) créé(s)',
      '3 élève(s) mis à jour',
      '45 élève(s) inchangé(s)',
      '2 élève(s) sorti(s)',
    ]);
    expect(textOf(report?.querySelector('p'))).toBe('Classes : 3A, 3B');
  });

  it('shows the per-line errors of a refused pupil file', async () => {
    await open('ADMIN');
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    chooseFile(page(), '#pupil-list-file', new File(['x'], 'eleves.csv'));
    clickButton(page(), 'Importer la liste des élèves');
    gateway.expectOne('/api/centres/3/pupils/import').flush(
      apiErrorBody(400, 'PUPIL_IMPORT_INVALID', 'Le fichier contient 2 erreurs : aucun élève n’a été importé.', {
        errors: [
          {
            line: 2,
            column: 'INE',
            code: 'NATIONAL_ID_REQUIRED',
            message: 'Ligne 2, colonne « INE » : l’INE est obligatoire.',
          },
          { line: 5, column: null, code: 'DUPLICATE', message: 'Ligne 5 : cet élève figure déjà ligne 3.' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const alert = page().querySelector('[role="alert"]');
    expect(textOf(alert?.querySelector('p'))).toBe('Le fichier contient 2 erreurs : aucun élève n’a été importé.');
    expect(Array.from(alert?.querySelectorAll('li') ?? [], textOf)).toEqual([
      'Ligne 2, colonne « INE » : l’INE est obligatoire.',
      'Ligne 5 : cet élève figure déjà ligne 3.',
    ]);
    expect(page().querySelector('.fr-alert--success')).toBeNull();
  });
});
