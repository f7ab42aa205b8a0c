import { ColumnMap, type ColumnSpec, headerKey, missingColumnsError } from './columns';
import { locateHeader } from './import-table';

describe('headerKey', () => {
  it.each([
    ['* Date de naissance (format : jj/mm/aaaa)', 'Date de naissance'],
    ['*Date de naissance', 'date de naissance'],
    ['  DATE   DE NAISSANCE  ', 'Date de naissance'],
    ['Date de naissance format jj/mm/aaaa', 'Date de naissance'],
    ['* Sexe (M ou F)', 'sexe'],
    ['Temps majoré ?', 'temps majore'],
    ['* Heure de début (heure locale format: HH:MM)', 'heure de debut'],
    ['E-mail du destinataire des résultats (formateur, enseignant…)', 'e-mail du destinataire des resultats'],
    ['N° de session', 'N de session'],
  ])('reads « %s » as « %s »', (label, expected) => {
    expect(headerKey(label)).toBe(headerKey(expected));
  });
});

describe(ColumnMap.name, () => {
  const specs: readonly ColumnSpec<'lastName' | 'birthdate' | 'city'>[] = [
    { key: 'lastName', label: '* Nom de naissance', aliases: ['Nom de famille'] },
    { key: 'birthdate', label: '* Date de naissance (format : jj/mm/aaaa)' },
    { key: 'city', label: 'Nom de la commune' },
  ];

  it('finds columns whatever their order and spelling, and ignores unknown ones', () => {
    const header = { line: 1, cells: ['Remarque', 'date de naissance', 'NOM DE FAMILLE'] };

    const columns = ColumnMap.match(header, specs);

    expect(columns.indexOf('birthdate')).toBe(1);
    expect(columns.indexOf('lastName')).toBe(2);
    expect(columns.labelOf('lastName')).toBe('NOM DE FAMILLE');
    expect(columns.has('city')).toBe(false);
    expect(columns.labelOf('city')).toBe('Nom de la commune');
    expect(columns.missing(['lastName', 'city'])).toEqual(['city']);
    expect(columns.cell({ line: 2, cells: ['x', '01/02/2010'] }, 'lastName')).toBe('');
  });

  it('keeps the first of two columns with the same meaning', () => {
    const columns = ColumnMap.match({ line: 1, cells: ['Nom de famille', '* Nom de naissance'] }, specs);

    expect(columns.indexOf('lastName')).toBe(0);
  });
});

describe('locateHeader', () => {
  const specs: readonly ColumnSpec[] = [
    { key: 'a', label: '* Nom de naissance' },
    { key: 'b', label: '* Prénom' },
  ];

  it('skips a title above the header', () => {
    const rows = [
      { line: 1, cells: ['Liste des candidats'] },
      { line: 3, cells: ['* Nom de naissance', '* Prénom'] },
    ];

    expect(locateHeader(rows, specs)).toBe(1);
  });

  it('falls back to the first row when no row looks like a header', () => {
    expect(locateHeader([{ line: 1, cells: ['x', 'y'] }], specs)).toBe(0);
  });
});

describe('missingColumnsError', () => {
  it('lists the missing columns in French', () => {
    const error = missingColumnsError(['* Prénom', '* Sexe (M ou F)']);

    expect(error.code).toBe('MISSING_COLUMNS');
    expect(error.message).toBe(
      'Ligne 1 : les colonnes obligatoires « * Prénom », « * Sexe (M ou F) » sont absentes. Utilisez le modèle proposé au téléchargement, sans renommer ses colonnes.',
    );
  });
});
