import { buildCandidate, buildSession } from '../../testing/builders';
import { INCIDENT_CATEGORIES } from '../incident-codes';
import { candidateNotice } from './candidate-notice';
import { fraudReport } from './fraud-report';
import { incidentReport } from './incident-report';
import { invigilatorKit } from './invigilator-kit';

const session = buildSession({ id: 669, accessCode: 'TQVF63', invigilatorPassword: 'C-24WB4' });

describe(invigilatorKit.name, () => {
  it('gives the invigilator the session number, the password and the access code', () => {
    const kit = invigilatorKit(session, [], 'https://certif.example.fr');

    expect(kit.fileName).toBe('kit-surveillant-669.pdf');
    expect(kit.html.value).toContain('C-24WB4');
    expect(kit.html.value).toContain('TQVF63');
    expect(kit.html.value).toContain('À l’usage exclusif du surveillant');
    expect(kit.html.value).toContain('16 mars 2099');
    expect(kit.html.value).toContain('08h30');
    expect(kit.html.value).toContain('https://certif.example.fr');
  });

  it('lists the candidates with extra time and their test duration', () => {
    const kit = invigilatorKit(
      session,
      [
        buildCandidate({ lastName: 'Roux', firstName: 'Léa', extraTimePercentage: 0.3 }),
        buildCandidate({ lastName: 'Petit', firstName: 'Jo', extraTimePercentage: null }),
      ],
      'https://certif.example.fr',
    ).html.value;

    expect(kit).toContain('<td>Roux</td>');
    expect(kit).toContain('30\u202F%');
    expect(kit).toContain('2 h 17');
    expect(kit).not.toContain('<td>Petit</td>');
  });

  it('says so when nobody has extra time', () => {
    expect(invigilatorKit(session, [buildCandidate()], 'https://certif.example.fr').html.value).toContain(
      'Aucun candidat inscrit ne bénéficie d’un temps majoré.',
    );
  });
});

describe(incidentReport.name, () => {
  it('explains every code an invigilator may report, and none of the deprecated ones', () => {
    const report = incidentReport(session);
    const codes = INCIDENT_CATEGORIES.flatMap((category) => category.codes.map((code) => code.code));

    expect(report.fileName).toBe('pv-incident-669.pdf');
    expect(codes).toEqual([
      'C1',
      'C2',
      'C4',
      'C6',
      'C7',
      'C8',
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E8',
      'E9',
      'E10',
      'E11',
      'E12',
    ]);
    for (const code of codes) expect(report.html.value).toContain(`<strong>${code}</strong>`);
    expect(report.html.value).not.toMatch(/<strong>(A1|A2|C3|C5|E6|E7)<\/strong>/);
  });

  it('has boxes for unfinished tests: candidate abandonment or technical problem', () => {
    const report = incidentReport(session).html.value;

    expect(report).toContain('Abandon du candidat');
    expect(report).toContain('Problème technique');
  });
});

describe(fraudReport.name, () => {
  it('is reported as C6 too and asks for the evidence', () => {
    const report = fraudReport(session);

    expect(report.fileName).toBe('pv-fraude-669.pdf');
    expect(report.html.value).toContain('code C6');
    expect(report.html.value).toContain('Capture d’écran');
    expect(report.html.value).toContain('Photographie');
  });
});

describe(candidateNotice.name, () => {
  it('shows the platform address and the session number', () => {
    const notice = candidateNotice(session, 'https://certif.example.fr');

    expect(notice.fileName).toBe('notice-candidat-669.pdf');
    expect(notice.html.value).toContain('https://certif.example.fr');
    expect(notice.html.value).toContain('numéro de session (669)');
    expect(notice.html.value).toContain('Je passe');
    expect(notice.html.value).toContain('écran de fin de test');
  });

  it('never shows the access code (given out at the start) nor the invigilator password', () => {
    const notice = candidateNotice(session, 'https://certif.example.fr').html.value;

    expect(notice).not.toContain('TQVF63');
    expect(notice).not.toContain('C-24WB4');
  });
});
