import { buildCandidate, buildSession } from '../testing/builders';
import { assertPrintable } from './document-data';

describe(assertPrintable.name, () => {
  it('accepts a session and candidates with real dates and times', () => {
    expect(() => assertPrintable(buildSession(), [buildCandidate()])).not.toThrow();
  });

  it('lists every date or time that cannot be printed', () => {
    let caught: unknown;
    try {
      assertPrintable(buildSession({ date: '2099-02-30', time: '8h30' }), [
        buildCandidate(),
        buildCandidate({ firstName: 'Léa', lastName: 'Roux', birthdate: '20/05/2005' }),
      ]);
    } catch (error) {
      caught = error;
    }

    expect(caught).toMatchObject({
      code: 'DOCUMENT_DATA_INVALID',
      details: {
        problems: [
          { field: 'session.date', message: 'La date de la session doit être une date valide (AAAA-MM-JJ).' },
          { field: 'session.time', message: 'L’heure de début doit être au format HH:MM (24 h).' },
          {
            field: 'candidates.1.birthdate',
            message: 'La date de naissance de Léa Roux doit être une date valide (AAAA-MM-JJ).',
          },
        ],
      },
    });
  });
});
