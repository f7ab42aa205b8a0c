import type { CourseState } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { checkCertificationReports, type ReceivedReport, type StartedTest } from './certification-report';

function test(candidateId: number, courseState: CourseState, firstName = `Prénom${candidateId}`): StartedTest {
  return { candidateId, firstName, lastName: 'Martin', courseState };
}

function failureOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe(checkCertificationReports.name, () => {
  const started = [test(1, 'completed', 'Léa'), test(2, 'started', 'Noé'), test(3, 'ended_by_invigilator', 'Inès')];

  it('accepts one report per started test, with a reason for each unfinished one, and cleans the comments', () => {
    const reports: ReceivedReport[] = [
      { candidateId: 3, abortReason: 'technical', examinerComment: '  ' },
      { candidateId: 1, examinerComment: '  A signé sur la mauvaise ligne. ' },
      { candidateId: 2, abortReason: 'candidate', examinerComment: null },
    ];

    const checked = checkCertificationReports(started, { reports, examinerGlobalComment: '   ' });

    expect(checked).toEqual({
      examinerGlobalComment: null,
      reports: [
        { candidateId: 1, examinerComment: 'A signé sur la mauvaise ligne.', abortReason: null },
        { candidateId: 2, examinerComment: null, abortReason: 'candidate' },
        { candidateId: 3, examinerComment: null, abortReason: 'technical' },
      ],
    });
  });

  it('refuses an unfinished test without an abort reason, naming every such candidate', () => {
    const error = failureOf(() =>
      checkCertificationReports(started, {
        reports: [{ candidateId: 1 }, { candidateId: 2, abortReason: '' }, { candidateId: 3, abortReason: null }],
      }),
    );

    expect(error.code).toBe('ABORT_REASON_MISSING');
    expect(error.message).toContain('Noé Martin, Inès Martin');
    expect(error.details).toEqual({
      candidates: [
        { candidateId: 2, firstName: 'Noé', lastName: 'Martin' },
        { candidateId: 3, firstName: 'Inès', lastName: 'Martin' },
      ],
    });
  });

  it('counts an unfinished test with no report at all as missing its reason', () => {
    const error = failureOf(() =>
      checkCertificationReports(started, {
        reports: [{ candidateId: 1 }, { candidateId: 3, abortReason: 'candidate' }],
      }),
    );

    expect(error.code).toBe('ABORT_REASON_MISSING');
    expect(error.details).toEqual({ candidates: [{ candidateId: 2, firstName: 'Noé', lastName: 'Martin' }] });
  });

  it('refuses a reason on a completed test and asks to refresh the page, before looking for missing reasons', () => {
    const error = failureOf(() =>
      checkCertificationReports(started, { reports: [{ candidateId: 1, abortReason: 'candidate' }] }),
    );

    expect(error.code).toBe('ABORT_REASON_ON_COMPLETED_TEST');
    expect(error.message).toMatch(/Léa Martin.*Rafraîchissez la page/);
  });

  it('lists every invalid report at once in French: unknown candidate, duplicate, long comment, unknown reason, missing report', () => {
    const error = failureOf(() =>
      checkCertificationReports(started, {
        examinerGlobalComment: 'x'.repeat(2001),
        reports: [
          { candidateId: 2, abortReason: 'fatigue' },
          { candidateId: 3, abortReason: 'technical', examinerComment: 'y'.repeat(501) },
          { candidateId: 3, abortReason: 'technical' },
          { candidateId: 99 },
        ],
      }),
    );

    expect(error.code).toBe('FINALIZATION_INVALID');
    expect(error.details).toEqual({
      problems: [
        { field: 'reports[0].abortReason', message: expect.stringContaining('« Problème technique »') },
        { field: 'reports[1].examinerComment', message: expect.stringContaining('500 caractères') },
        { field: 'reports[2].candidateId', message: 'Inès Martin a déjà un compte rendu dans cette finalisation.' },
        { field: 'reports[3].candidateId', message: expect.stringContaining('n’a pas commencé de test') },
        { field: 'reports', message: 'Le compte rendu de Léa Martin manque.' },
        { field: 'examinerGlobalComment', message: expect.stringContaining('2000 caractères') },
      ],
    });
  });

  it('accepts a comment of exactly 500 characters', () => {
    const comment = 'z'.repeat(500);

    const checked = checkCertificationReports([test(1, 'completed')], {
      reports: [{ candidateId: 1, examinerComment: comment }],
    });

    expect(checked.reports[0]?.examinerComment).toBe(comment);
  });
});
