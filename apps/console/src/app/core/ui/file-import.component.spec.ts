import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { apiErrorBody, textOf } from '../../../testing/builders';
import { chooseFile, clickButton } from '../../../testing/dom';
import { toApiError } from '../http/api-error';
import { FileImportComponent } from './file-import.component';

describe(FileImportComponent.name, () => {
  let fixture: ComponentFixture<FileImportComponent>;
  let sent: File[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [FileImportComponent] });
    fixture = TestBed.createComponent(FileImportComponent);
    fixture.componentRef.setInput('inputId', 'liste');
    fixture.componentRef.setInput('label', 'Liste des candidats complétée');
    fixture.componentRef.setInput('buttonLabel', 'Importer la liste des candidats');
    sent = [];
    fixture.componentInstance.fileSubmitted.subscribe((file) => sent.push(file));
    await fixture.whenStable();
  });

  const page = () => fixture.nativeElement as HTMLElement;

  it('sends the chosen file', async () => {
    const file = new File(['Nom;Prénom'], 'liste.csv', { type: 'text/csv' });

    chooseFile(page(), '#liste', file);
    clickButton(page(), 'Importer la liste des candidats');
    await fixture.whenStable();

    expect(sent).toEqual([file]);
  });

  it('asks for a file before sending anything', async () => {
    clickButton(page(), 'Importer la liste des candidats');
    await fixture.whenStable();

    expect(sent).toEqual([]);
    expect(textOf(page().querySelector('#liste-messages'))).toBe('Choisissez d’abord un fichier.');
  });

  it('lists every per-line error of a refused file under the message', async () => {
    fixture.componentRef.setInput(
      'error',
      toApiError(
        new HttpErrorResponse({
          status: 400,
          error: apiErrorBody(
            400,
            'CANDIDATE_IMPORT_INVALID',
            'Le fichier contient 2 erreurs : la liste des candidats n’a pas été modifiée.',
            {
              errors: [
                {
                  line: 4,
                  column: '* Prénom',
                  code: 'FIRST_NAME_REQUIRED',
                  message: 'Ligne 4, colonne « * Prénom » : le prénom est obligatoire.',
                },
                {
                  line: 7,
                  column: '* Date de naissance (format : jj/mm/aaaa)',
                  code: 'BIRTHDATE_INVALID',
                  message:
                    'Ligne 7, colonne « * Date de naissance (format : jj/mm/aaaa) » : la date 31/02/2011 n’existe pas.',
                },
              ],
            },
          ),
        }),
      ),
    );
    await fixture.whenStable();

    const alert = page().querySelector<HTMLElement>('[role="alert"]');
    expect(textOf(alert?.querySelector('p'))).toBe(
      'Le fichier contient 2 erreurs : la liste des candidats n’a pas été modifiée.',
    );
    expect(Array.from(alert?.querySelectorAll('li') ?? [], textOf)).toEqual([
      'Ligne 4, colonne « * Prénom » : le prénom est obligatoire.',
      'Ligne 7, colonne « * Date de naissance (format : jj/mm/aaaa) » : la date 31/02/2011 n’existe pas.',
    ]);
    expect(document.activeElement).toBe(alert);
  });
});
