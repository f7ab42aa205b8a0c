import { buildJurySession } from '../testing/builders';
import type { CertificationResult } from './certification';
import { juryStatusOf, publicationBlockers, publishabilityOf } from './jury-session';

const result = (certificationId: number, status: CertificationResult['status']): CertificationResult => ({
  certificationId,
  status,
  pixScore: 0,
  reproducibilityRate: null,
  competenceMarks: [],
  commentKey: null,
  emitter: 'PIX-ALGO',
  juryUserId: null,
  errorMessage: null,
  createdAt: new Date('2027-03-16T10:00:00Z'),
});

describe(publishabilityOf.name, () => {
  const scored = new Map([
    [1, result(1, 'validated')],
    [2, result(2, 'rejected')],
  ]);

  it('publishes a session without global comment, unresolved impactful report, error or missing result', () => {
    expect(publishabilityOf(buildJurySession(), [1, 2], scored)).toEqual({ publishable: true, blockers: [] });
  });

  it.each([
    [
      'an examiner global comment',
      buildJurySession({ examinerGlobalComment: 'Coupure de courant' }),
      [1, 2],
      /commentaire global/,
    ],
    [
      'an impactful report left unresolved',
      buildJurySession({ unresolvedImpactfulReportCount: 2 }),
      [1, 2],
      /2 signalement/,
    ],
    ['a certification without result', buildJurySession(), [1, 2, 3], /1 certification\(s\) sans résultat/],
    ['an auto-jury not done', buildJurySession({ autoJuryDoneAt: null }), [1, 2], /Traitement automatique/],
  ])('sends the session to "to process" for %s', (_reason, session, ids, blocker) => {
    const outcome = publishabilityOf(session, ids, scored);

    expect(outcome.publishable).toBe(false);
    expect(outcome.blockers.join(' ')).toMatch(blocker);
  });

  it('keeps a session processed by a jury member publishable once nothing blocks it', () => {
    expect(publishabilityOf(buildJurySession({ assignedToUserId: 9, assignedToName: 'Paul' }), [1, 2], scored)).toEqual(
      {
        publishable: true,
        blockers: [],
      },
    );
  });

  it('sends a session with a certification in error to "to process"', () => {
    const outcome = publishabilityOf(buildJurySession(), [1, 2], new Map([...scored, [2, result(2, 'error')]]));

    expect(outcome).toEqual({ publishable: false, blockers: ['1 certification(s) en erreur.'] });
  });
});

describe(publicationBlockers.name, () => {
  it('refuses publication only for a missing result or an error', () => {
    expect(publicationBlockers([1], new Map([[1, result(1, 'cancelled')]]))).toEqual([]);
    expect(publicationBlockers([1, 2], new Map([[1, result(1, 'error')]]))).toEqual([
      '1 certification(s) sans résultat.',
      '1 certification(s) en erreur.',
    ]);
  });
});

describe(juryStatusOf.name, () => {
  it('derives finalized, in_process and processed as rules §2.4', () => {
    expect(juryStatusOf(buildJurySession())).toBe('finalized');
    expect(juryStatusOf(buildJurySession({ assignedToUserId: 3 }))).toBe('in_process');
    expect(juryStatusOf(buildJurySession({ assignedToUserId: 3, publishedAt: new Date() }))).toBe('processed');
  });
});
