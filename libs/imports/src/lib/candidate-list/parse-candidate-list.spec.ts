import { candidateCells, candidateSheet } from '../../testing/candidates';
import { csvBytes, handBuiltOds, textBytes, xlsxLikeZip } from '../../testing/files';
import { writeOds } from '../ods/write-ods';
import { parseCandidateList } from './parse-candidate-list';

const today = '2025-06-15';
const sco = { centreType: 'SCO', today } as const;
const sup = { centreType: 'SUP', today } as const;

function errorsOf(result: ReturnType<typeof parseCandidateList>) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

describe(parseCandidateList.name, () => {
  it('reads the candidates of a CSV list', () => {
    const bytes = csvBytes(
      candidateSheet('SCO', [
        candidateCells({ 'Temps majoré ?': '30 %', 'E-mail de convocation': 'jeanne@example.net' }),
        candidateCells({
          '* Nom de naissance': 'Benali',
          '* Prénom': 'Karim',
          '* Date de naissance (format : jj/mm/aaaa)': '1/9/2007',
          '* Sexe (M ou F)': 'm',
          'Code Insee': '99',
          Pays: 'Algérie',
          'Nom de la commune': 'Oran',
        }),
      ]),
    );

    const result = parseCandidateList(bytes, 'candidats.csv', sco);

    expect(result).toEqual({
      ok: true,
      candidates: [
        {
          lastName: 'Dupont',
          firstName: 'Jeanne',
          birthdate: '2008-03-15',
          sex: 'F',
          birthCountry: 'France',
          birthINSEECode: '75115',
          birthPostalCode: null,
          birthCity: 'Paris 15e Arrondissement',
          email: 'jeanne@example.net',
          resultRecipientEmail: null,
          externalId: null,
          extraTimePercentage: 0.3,
          billingMode: null,
          prepaymentCode: null,
        },
        {
          lastName: 'Benali',
          firstName: 'Karim',
          birthdate: '2007-09-01',
          sex: 'M',
          birthCountry: 'Algérie',
          birthINSEECode: '99352',
          birthPostalCode: null,
          birthCity: 'Oran',
          email: null,
          resultRecipientEmail: null,
          externalId: null,
          extraTimePercentage: null,
          billingMode: null,
          prepaymentCode: null,
        },
      ],
    });
  });

  it('reads a Windows-1252 CSV with commas and loosely written headers', () => {
    const labels = [
      'nom de naissance',
      'PRENOM',
      'Date de naissance',
      'Sexe',
      'Code postal',
      'Nom de la commune',
      'Pays',
    ];
    const rows = [labels, ['Lefèvre', 'Zoé', '29/02/2008', 'Femme', '42100', 'St-Étienne', '']];

    const result = parseCandidateList(csvBytes(rows, { delimiter: ',', encoding: 'windows-1252' }), 'export.csv', sco);

    expect(result.ok && result.candidates[0]).toMatchObject({
      lastName: 'Lefèvre',
      firstName: 'Zoé',
      birthdate: '2008-02-29',
      birthPostalCode: '42100',
      birthCity: 'Saint-Étienne',
    });
  });

  it('reads the ODS template once filled in, billing included', () => {
    const sheet = candidateSheet('SUP', [
      candidateCells({ 'Tarification part Pix': 'Prépayée', 'Code de prépaiement': 'PX-2025' }),
      candidateCells({ '* Prénom': 'Paul', 'Tarification part Pix': 'Gratuite' }),
    ]);
    const [header, ...rows] = sheet;

    const result = parseCandidateList(
      writeOds({ name: 'Liste des candidats', header: header ?? [], rows }),
      'liste.ods',
      sup,
    );

    expect(
      result.ok && result.candidates.map((candidate) => [candidate.billingMode, candidate.prepaymentCode]),
    ).toEqual([
      ['PREPAID', 'PX-2025'],
      ['FREE', null],
    ]);
  });

  it('reads a date typed as a date in the spreadsheet', () => {
    const bytes = handBuiltOds(`
      <table:table table:name="Liste des candidats">
        <table:table-row>
          <table:table-cell office:value-type="string"><text:p>* Nom de naissance</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>* Prénom</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>* Date de naissance (format : jj/mm/aaaa)</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>* Sexe (M ou F)</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>Code Insee</text:p></table:table-cell>
        </table:table-row>
        <table:table-row>
          <table:table-cell office:value-type="string"><text:p>Dupont</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>Jeanne</text:p></table:table-cell>
          <table:table-cell office:value-type="date" office:date-value="2008-03-15"><text:p>15 mars 2008</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>F</text:p></table:table-cell>
          <table:table-cell office:value-type="float" office:value="1001"><text:p>1001</text:p></table:table-cell>
        </table:table-row>
      </table:table>`);

    const result = parseCandidateList(bytes, 'liste.ods', sco);

    expect(result.ok && result.candidates[0]).toMatchObject({ birthdate: '2008-03-15', birthINSEECode: '01001' });
  });

  it('names the line and the column of every problem, in French', () => {
    const bytes = csvBytes(
      candidateSheet('SCO', [
        candidateCells(),
        candidateCells({ '* Prénom': 'Paul', '* Date de naissance (format : jj/mm/aaaa)': '31/02/2010' }),
        candidateCells({ '* Prénom': 'Luc', 'Code Insee': '', 'Code postal': '75001', 'Nom de la commune': 'Lyon' }),
      ]),
    );

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))).toEqual([
      {
        line: 3,
        column: '* Date de naissance (format : jj/mm/aaaa)',
        code: 'BIRTHDATE_INVALID',
        message:
          'Ligne 3, colonne « * Date de naissance (format : jj/mm/aaaa) » : la date de naissance « 31/02/2010 » n’existe pas.',
      },
      {
        line: 4,
        column: 'Code postal',
        code: 'BIRTH_POSTAL_CODE_CITY_MISMATCH',
        message: 'Ligne 4, colonne « Code postal » : le code postal 75001 ne correspond pas à la commune « Lyon ».',
      },
    ]);
  });

  it('refuses the same candidate twice, naming both lines', () => {
    const bytes = csvBytes(
      candidateSheet('SCO', [
        candidateCells({ '* Prénom': 'Jean-Éric' }),
        candidateCells({ '* Prénom': 'Paul' }),
        candidateCells({ '* Prénom': 'jean eric', '* Nom de naissance': 'DUPONT ' }),
      ]),
    );

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))).toEqual([
      {
        line: 4,
        column: null,
        code: 'CANDIDATE_DUPLICATE',
        message: 'Ligne 4 : le candidat jean eric DUPONT, né(e) le 15/03/2008, figure déjà ligne 2.',
      },
    ]);
  });

  it('refuses a list without candidate', () => {
    const bytes = csvBytes(candidateSheet('SCO', []));

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))).toEqual([
      {
        line: 0,
        column: null,
        code: 'NO_CANDIDATE',
        message:
          'Le fichier « candidats.csv » ne contient aucun candidat : ajoutez une ligne par candidat sous la ligne d’en-tête.',
      },
    ]);
  });

  it('reports the missing required columns in one error', () => {
    const bytes = csvBytes([
      ['* Nom de naissance', 'Date de naissance', 'Code Insee'],
      ['Dupont', '15/03/2008', '75056'],
    ]);

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sup))).toEqual([
      {
        line: 1,
        column: null,
        code: 'MISSING_COLUMNS',
        message:
          'Ligne 1 : les colonnes obligatoires « * Prénom », « * Sexe (M ou F) », « Tarification part Pix » sont absentes. Utilisez le modèle proposé au téléchargement, sans renommer ses colonnes.',
      },
    ]);
  });

  it('requires at least one birthplace column', () => {
    const bytes = csvBytes([
      ['* Nom de naissance', '* Prénom', '* Date de naissance', '* Sexe'],
      ['Dupont', 'Jeanne', '15/03/2008', 'F'],
    ]);

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))[0]?.message).toContain('« Pays »');
  });

  it('ignores unknown columns and a title above the header', () => {
    const [header, row] = candidateSheet('SCO', [candidateCells()]);
    const bytes = csvBytes([
      ['Liste des candidats – session 208'],
      [],
      ['Remarques', ...(header ?? [])],
      ['à revoir', ...(row ?? [])],
    ]);

    const result = parseCandidateList(bytes, 'candidats.csv', sco);

    expect(result.ok && result.candidates).toHaveLength(1);
  });

  it('refuses a whole-file problem as line 0', () => {
    expect(errorsOf(parseCandidateList(xlsxLikeZip(), 'candidats.xlsx', sco))).toEqual([
      expect.objectContaining({ line: 0, column: null, code: 'UNSUPPORTED_FORMAT' }),
    ]);
    expect(errorsOf(parseCandidateList(textBytes(''), 'vide.csv', sco))[0]?.code).toBe('FILE_EMPTY');
  });

  it('refuses billing columns filled in by a school', () => {
    const labels = [...(candidateSheet('SCO', [])[0] ?? []), 'Tarification part Pix'];
    const bytes = csvBytes(candidateSheet('SCO', [candidateCells({ 'Tarification part Pix': 'Payante' })], labels));

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))[0]).toMatchObject({
      line: 2,
      column: 'Tarification part Pix',
      code: 'BILLING_MODE_MUST_BE_EMPTY',
    });
  });

  it('refuses a birthdate in the future', () => {
    const bytes = csvBytes(
      candidateSheet('SCO', [candidateCells({ '* Date de naissance (format : jj/mm/aaaa)': '16/06/2025' })]),
    );

    expect(errorsOf(parseCandidateList(bytes, 'candidats.csv', sco))[0]?.code).toBe('BIRTHDATE_IN_FUTURE');
  });
});
