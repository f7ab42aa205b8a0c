import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorBody } from '../../../testing/builders';
import { problemsOutside, toApiError, toApiErrorFromBlob } from './api-error';

describe(toApiError.name, () => {
  it('keeps the gateway’s French message and code', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 409,
        error: apiErrorBody(409, 'SESSION_HAS_STARTED', 'Un candidat a déjà commencé son test.'),
      }),
    );

    expect(error).toMatchObject({
      status: 409,
      code: 'SESSION_HAS_STARTED',
      message: 'Un candidat a déjà commencé son test.',
      correlationId: 'corr-1',
    });
  });

  it('gathers the problems of a refused form per field, from a service or from the gateway', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: apiErrorBody(400, 'SESSION_INVALID', 'La session comporte des informations invalides.', {
          problems: [
            { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
            { field: 'room', message: 'Le nom de la salle est obligatoire.' },
            { field: 'date', message: 'Deuxième problème de date.' },
          ],
          issues: [{ path: 'login', message: 'Saisissez votre adresse e-mail ou votre identifiant.' }],
        }),
      }),
    );

    expect(error.fieldProblems).toEqual({
      date: ['La date de début ne peut pas être dans le passé.', 'Deuxième problème de date.'],
      room: ['Le nom de la salle est obligatoire.'],
      login: ['Saisissez votre adresse e-mail ou votre identifiant.'],
    });
    expect(problemsOutside(error, ['date', 'room'])).toEqual(['Saisissez votre adresse e-mail ou votre identifiant.']);
  });

  it('keeps the per-line errors of a refused import', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: apiErrorBody(400, 'CANDIDATE_IMPORT_INVALID', 'Le fichier contient 2 erreurs.', {
          errors: [
            {
              line: 4,
              column: '* Prénom',
              code: 'FIRST_NAME_REQUIRED',
              message: 'Ligne 4, colonne « * Prénom » : le prénom est obligatoire.',
            },
            { line: 0, column: null, code: 'EMPTY', message: 'Le fichier est vide.' },
            { nonsense: true },
          ],
        }),
      }),
    );

    expect(error.lineErrors.map((line) => line.message)).toEqual([
      'Ligne 4, colonne « * Prénom » : le prénom est obligatoire.',
      'Le fichier est vide.',
    ]);
  });

  it('says the gateway cannot be reached when the network failed', () => {
    const error = toApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));

    expect(error.status).toBe(0);
    expect(error.message).toBe('Impossible de joindre Pix Certif. Vérifiez votre connexion, puis réessayez.');
  });

  it('falls back to a French sentence per status when the body is not the gateway’s', () => {
    expect(toApiError(new HttpErrorResponse({ status: 403, error: '<html>' })).message).toBe(
      'Vous n’avez pas accès à cette page.',
    );
    expect(toApiError(new HttpErrorResponse({ status: 502, error: null })).message).toBe(
      'Une erreur inattendue est survenue. Réessayez dans quelques instants.',
    );
  });

  it('reads the error out of a blob answer (documents)', async () => {
    const blob = new Blob(
      [JSON.stringify(apiErrorBody(503, 'DOCUMENT_RENDERING_FAILED', 'Le document n’a pas pu être produit.'))],
      {
        type: 'application/json',
      },
    );

    const error = await toApiErrorFromBlob(new HttpErrorResponse({ status: 503, error: blob }));

    expect(error.code).toBe('DOCUMENT_RENDERING_FAILED');
    expect(error.message).toBe('Le document n’a pas pu être produit.');
  });
});
