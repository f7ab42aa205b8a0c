import { buildCandidate, buildSession } from '../../testing/builders';
import { attendanceSheet, identifierColumn, sortForAttendance } from './attendance-sheet';

const rowsOf = (sectionHtml: string) => sectionHtml.match(/<tr>\s*<td>/g)?.length ?? 0;
const sectionsOf = (documentHtml: string) => documentHtml.split('<section class="sheet">').slice(1);

describe(attendanceSheet.name, () => {
  it('is named after the session number', () => {
    expect(attendanceSheet(buildSession({ id: 208 }), []).fileName).toBe('feuille-emargement-208.pdf');
  });

  it('prints 20 candidates per page, the header repeated on each page', () => {
    const candidates = Array.from({ length: 25 }, (_, index) =>
      buildCandidate({ lastName: `Nom${String(index).padStart(2, '0')}` }),
    );

    const sections = sectionsOf(attendanceSheet(buildSession(), candidates).html.value);

    expect(sections.map(rowsOf)).toEqual([20, 5]);
    expect(sections.every((section) => section.includes('Surveillé par'))).toBe(true);
  });

  it('still prints one page, without rows, for a session without candidates', () => {
    const sections = sectionsOf(attendanceSheet(buildSession(), []).html.value);

    expect(sections.map(rowsOf)).toEqual([0]);
  });

  it('cuts names over 21 characters with an ellipsis and writes birthdates JJ/MM/AAAA', () => {
    const candidate = buildCandidate({
      lastName: 'Lefèvre-Dupont-Montmorency',
      firstName: 'Marie-Christine-Anne-Sophie',
      birthdate: '2005-05-20',
    });

    const page = attendanceSheet(buildSession(), [candidate]).html.value;

    expect(page).toContain('<td>Lefèvre-Dupont-Montm…</td>');
    expect(page).toContain('<td>Marie-Christine-Anne…</td>');
    expect(page).toContain('<td>20/05/2005</td>');
    expect(page).not.toContain('Montmorency');
  });

  it('escapes what the centre typed', () => {
    const page = attendanceSheet(buildSession({ room: '<b>B12</b>', examiner: 'M. "Jo" & Mme Lé' }), [
      buildCandidate({ lastName: '<script>x</script>' }),
    ]).html.value;

    expect(page).toContain('&lt;b&gt;B12&lt;/b&gt;');
    expect(page).toContain('M. &quot;Jo&quot; &amp; Mme Lé');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('never prints the access code nor the invigilator password', () => {
    const page = attendanceSheet(buildSession(), [buildCandidate()]).html.value;

    expect(page).not.toContain('TQVF63');
    expect(page).not.toContain('C-24WB4');
  });
});

describe(sortForAttendance.name, () => {
  it('sorts by last name then first name, ignoring case and accents', () => {
    const sorted = sortForAttendance([
      buildCandidate({ lastName: 'Martin', firstName: 'Zoé' }),
      buildCandidate({ lastName: 'émile', firstName: 'Jules' }),
      buildCandidate({ lastName: 'Dupont', firstName: 'Anne' }),
      buildCandidate({ lastName: 'Martin', firstName: 'Élodie' }),
      buildCandidate({ lastName: 'Martin', firstName: 'adam' }),
    ]);

    expect(sorted.map((candidate) => `${candidate.lastName} ${candidate.firstName}`)).toEqual([
      'Dupont Anne',
      'émile Jules',
      'Martin adam',
      'Martin Élodie',
      'Martin Zoé',
    ]);
  });
});

describe(identifierColumn.name, () => {
  const candidate = buildCandidate({ division: '3e B', externalId: 'EXT-42' });

  it('shows the class in a school (SCO)', () => {
    const column = identifierColumn(buildSession({ centreType: 'SCO' }));

    expect([column.label, column.value(candidate)]).toEqual(['Classe', '3e B']);
  });

  it.each(['SUP', 'PRO'] as const)('shows the external id in a %s centre', (centreType) => {
    const column = identifierColumn(buildSession({ centreType }));

    expect([column.label, column.value(candidate)]).toEqual(['Identifiant externe', 'EXT-42']);
  });

  it('leaves the cell empty when the value is missing', () => {
    const column = identifierColumn(buildSession({ centreType: 'PRO' }));

    expect(column.value(buildCandidate({ externalId: null }))).toBe('');
  });
});
