import { buildCertification } from '../testing/builders';
import type { CertificationResult } from './certification';
import { frenchDate, resultsCsv, textCell } from './results-csv';

const marks = [
  { code: '1.1', areaCode: '1', level: 3, score: 27 },
  { code: '2.1', areaCode: '2', level: 0, score: 4 },
  { code: '3.1', areaCode: '3', level: -1, score: 0 },
];
const result = (status: CertificationResult['status'], pixScore: number): CertificationResult => ({
  certificationId: 9001,
  status,
  pixScore,
  reproducibilityRate: 80,
  competenceMarks: marks,
  commentKey: status === 'rejected' ? 'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS' : null,
  emitter: 'PIX-ALGO',
  juryUserId: null,
  errorMessage: null,
  createdAt: new Date('2027-03-16T10:00:00Z'),
});

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
const cells = (line: string | undefined) => (line ?? '').split(';');

describe(resultsCsv.name, () => {
  const session = { sessionId: 501, certificationCenterName: 'Collège Jean Moulin' };

  it('writes the headers of rules §11 in order, with the centre column for a session export', () => {
    const [header] = lines(resultsCsv(session, [], true));

    expect(header).toBe(
      'Numéro de certification;Prénom;Nom;Date de naissance;Lieu de naissance;Identifiant Externe;Statut;Nombre de Pix;' +
        '1.1;1.2;1.3;2.1;2.2;2.3;2.4;3.1;3.2;3.3;3.4;4.1;4.2;4.3;5.1;5.2;' +
        "Commentaire jury pour l'organisation;Session;Centre de certification;Date de passage de la certification",
    );
  });

  it('omits the centre column in a class export', () => {
    const [header, row] = lines(
      resultsCsv(session, [{ certification: buildCertification(), result: result('validated', 27) }], false),
    );

    expect(header).not.toContain('Centre de certification');
    expect(cells(row)).toHaveLength(cells(header).length);
  });

  it('writes a validated result: score, levels, "0" for level ≤ 0, "-" for untested, French dates', () => {
    const [, row] = lines(
      resultsCsv(session, [{ certification: buildCertification(), result: result('validated', 31) }], true),
    );
    const values = cells(row);

    expect(values.slice(0, 8)).toEqual(['9001', 'Léa', 'Martin', '02/04/2011', 'Bordeaux', '', 'Validée', '31']);
    expect(values.slice(8, 12)).toEqual(['3', '-', '-', '0']);
    expect(values[15]).toBe('0');
    expect(values.at(-1)).toBe('15/03/2027');
    expect(values.at(-2)).toBe('Collège Jean Moulin');
  });

  it.each([
    ['rejected', 'Rejetée', '0', '0'],
    ['cancelled', 'Annulée', '-', '-'],
    ['error', 'En erreur', '-', '-'],
  ] as const)('writes a %s result as %s with pix %s', (status, label, pix, level) => {
    const [, row] = lines(
      resultsCsv(session, [{ certification: buildCertification(), result: result(status, 0) }], true),
    );

    expect(cells(row).slice(6, 9)).toEqual([label, pix, level]);
  });

  it('writes a certification without result as started', () => {
    const [, row] = lines(resultsCsv(session, [{ certification: buildCertification(), result: undefined }], true));

    expect(cells(row).slice(6, 9)).toEqual(['Démarrée', '-', '-']);
  });

  it('guards against formulas and quotes the separators', () => {
    const certification = buildCertification({
      identity: { ...buildCertification().identity, firstName: '=HYPERLINK("x")', lastName: '-Dupont;Durand' },
      externalId: '@id',
      commentForOrganization: '+33 candidat absent',
    });
    const [, row] = lines(resultsCsv(session, [{ certification, result: result('validated', 27) }], true));

    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain(`"'-Dupont;Durand"`);
    expect(row).toContain(`;'@id;`);
    expect(row).toContain(`;'+33 candidat absent;`);
  });

  it('starts with a BOM for the spreadsheets', () => {
    expect(resultsCsv(session, [], true).startsWith('\uFEFF')).toBe(true);
  });
});

describe(textCell.name, () => {
  it('leaves plain text alone', () => {
    expect(textCell('Martin')).toBe('Martin');
    expect(textCell(null)).toBe('');
  });
});

describe(frenchDate.name, () => {
  it('writes DD/MM/YYYY', () => {
    expect(frenchDate('2027-03-05')).toBe('05/03/2027');
  });
});
