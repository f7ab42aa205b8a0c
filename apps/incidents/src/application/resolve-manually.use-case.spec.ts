import { IncidentsErrorCode } from '@pix/contracts';
import { FixedClock } from '@pix/kernel';
import { buildIssueReport } from '../test/issue-report.builder';
import { immediateTransactions, InMemoryIssueReportRepository } from '../test/in-memory-issue-report.repository';
import { ResolveManually } from './resolve-manually.use-case';

const JURY_AT = new Date('2025-03-20T09:30:00Z');
const neutralised = {
  kind: 'neutralise',
  resolutionText: 'Question neutralisée automatiquement.',
  hasBeenAutomaticallyResolved: true,
} as const;

describe(ResolveManually.name, () => {
  let repository: InMemoryIssueReportRepository;
  let clock: FixedClock;
  let useCase: ResolveManually;

  beforeEach(() => {
    repository = new InMemoryIssueReportRepository();
    clock = new FixedClock(JURY_AT);
    useCase = new ResolveManually(repository, immediateTransactions, clock);
  });

  it('resolves a C1 report with the trimmed text, and stores the jury member', async () => {
    const [c1] = await repository.addAll([buildIssueReport('C1')]);
    const issueReportId = c1?.id ?? 0;

    const view = await useCase.execute({
      sessionId: 3,
      issueReportId,
      resolution: '  Prénom corrigé : Zoé.  ',
      resolvedBy: 77,
    });

    expect(view).toMatchObject({
      id: issueReportId,
      code: 'C1',
      resolution: 'Prénom corrigé : Zoé.',
      resolvedAt: JURY_AT.toISOString(),
      hasBeenAutomaticallyResolved: false,
    });
    expect(repository.get(issueReportId)?.toProps()).toEqual(
      expect.objectContaining({ resolution: 'Prénom corrigé : Zoé.', resolvedBy: 77, effect: null }),
    );
    expect(repository.get(issueReportId)?.requiresJuryAction).toBe(false);
    expect(repository.locks).toBe(1);
  });

  it('replaces the text, date and jury member of a report already resolved by hand', async () => {
    const [c1] = await repository.addAll([buildIssueReport('C1')]);
    const issueReportId = c1?.id ?? 0;
    await useCase.execute({ sessionId: 3, issueReportId, resolution: 'Nom corrigé.', resolvedBy: 77 });
    clock.advanceBy(60_000);

    const view = await useCase.execute({
      sessionId: 3,
      issueReportId,
      resolution: 'Nom et date de naissance corrigés.',
      resolvedBy: 78,
    });

    expect(view).toMatchObject({
      resolution: 'Nom et date de naissance corrigés.',
      resolvedAt: '2025-03-20T09:31:00.000Z',
    });
    expect(repository.get(issueReportId)?.toProps().resolvedBy).toBe(78);
  });

  it('refuses a report resolved automatically, and changes nothing', async () => {
    const automatic = buildIssueReport('E4').applyAutomaticResolution(
      neutralised,
      'recPlain1',
      new FixedClock(new Date('2025-03-14T17:00:00Z')),
    );
    const [stored] = await repository.addAll([automatic]);

    await expect(
      useCase.execute({ sessionId: 3, issueReportId: stored?.id ?? 0, resolution: 'Autre décision', resolvedBy: 77 }),
    ).rejects.toMatchObject({
      code: IncidentsErrorCode.ISSUE_REPORT_RESOLVED_AUTOMATICALLY,
      message: 'Ce signalement a été résolu automatiquement : il ne peut plus être résolu à la main.',
    });
    expect(repository.savedResolutions).toBe(0);
    expect(repository.get(stored?.id ?? 0)?.toProps().resolution).toBe('Question neutralisée automatiquement.');
  });

  it('does not find a report of another session', async () => {
    const [elsewhere] = await repository.addAll([buildIssueReport('C1', { sessionId: 4 })]);

    await expect(
      useCase.execute({ sessionId: 3, issueReportId: elsewhere?.id ?? 0, resolution: 'Vu.', resolvedBy: 77 }),
    ).rejects.toMatchObject({ code: IncidentsErrorCode.ISSUE_REPORT_NOT_FOUND, message: 'Signalement introuvable.' });
    await expect(
      useCase.execute({ sessionId: 3, issueReportId: 999, resolution: 'Vu.', resolvedBy: 77 }),
    ).rejects.toMatchObject({ code: IncidentsErrorCode.ISSUE_REPORT_NOT_FOUND });
    expect(repository.get(elsewhere?.id ?? 0)?.isResolved).toBe(false);
  });

  it.each([
    ['blank', '   ', 'La résolution est obligatoire.'],
    ['over 500 characters', 'x'.repeat(501), 'La résolution ne doit pas dépasser 500 caractères.'],
  ])('refuses a %s text with the problem in French, and changes nothing', async (_, resolution, message) => {
    const [c1] = await repository.addAll([buildIssueReport('C1')]);

    await expect(
      useCase.execute({ sessionId: 3, issueReportId: c1?.id ?? 0, resolution, resolvedBy: 77 }),
    ).rejects.toMatchObject({
      code: IncidentsErrorCode.ISSUE_REPORT_INVALID,
      details: { problems: [{ field: 'resolution', message }] },
    });
    expect(repository.savedResolutions).toBe(0);
  });
});
