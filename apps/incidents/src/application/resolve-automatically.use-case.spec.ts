import { FixedClock } from '@pix/kernel';
import type { ChallengeFlags } from '@pix/referential';
import type { ResolvedIssueReport } from '@pix/contracts';
import { IssueReport } from '../domain/issue-report';
import { buildIssueReport } from '../test/issue-report.builder';
import { immediateTransactions, InMemoryIssueReportRepository } from '../test/in-memory-issue-report.repository';
import {
  type CandidateQuestion,
  ResolveAutomatically,
  type ResolveAutomaticallyCommand,
} from './resolve-automatically.use-case';

const FINALISED_AT = new Date('2025-03-14T17:00:00Z');

const plain: ChallengeFlags = { timedSeconds: null, focus: false, illustration: null, attachment: null, embed: null };
const withEmbed: ChallengeFlags = { ...plain, embed: { title: 'Simulateur de messagerie', height: 600 } };
const focus: ChallengeFlags = { ...plain, focus: true };
const timed: ChallengeFlags = { ...plain, timedSeconds: 60 };

const question = (
  number: number,
  challengeId: string,
  flags: ChallengeFlags,
  answerStatus: CandidateQuestion['answerStatus'],
): CandidateQuestion => ({ number, challengeId, flags, answerStatus });

/** Candidate 7 answered questions 1 to 4 and never answered question 5; candidate 8 answered question 1. */
const command: ResolveAutomaticallyCommand = {
  sessionId: 3,
  candidates: [
    {
      candidateId: 7,
      questions: [
        question(1, 'recEmbed1', withEmbed, 'ko'),
        question(2, 'recPlain2', plain, 'ok'),
        question(3, 'recFocus3', focus, 'focusedOut'),
        question(4, 'recPlain4', plain, 'ok'),
        question(5, 'recTimed5', timed, null),
      ],
    },
    { candidateId: 8, questions: [question(1, 'recPlain81', plain, 'ko')] },
  ],
};

/** What the reply says of each report, in order: code, candidate, resolution, automatic, effect, challenge. */
const summary = (reports: readonly ResolvedIssueReport[]) =>
  reports.map((report) => [
    report.code,
    report.candidateId,
    report.resolution,
    report.hasBeenAutomaticallyResolved,
    report.effect,
    report.challengeId,
  ]);

describe(ResolveAutomatically.name, () => {
  let repository: InMemoryIssueReportRepository;
  let clock: FixedClock;
  let useCase: ResolveAutomatically;

  beforeEach(() => {
    repository = new InMemoryIssueReportRepository();
    clock = new FixedClock(FINALISED_AT);
    useCase = new ResolveAutomatically(repository, immediateTransactions, clock);
  });

  it('resolves each report with the question its number points at, leaves the others for the jury, and lists them all', async () => {
    await repository.addAll([
      buildIssueReport('E2', { questionNumber: 1 }),
      buildIssueReport('E1', { questionNumber: 2 }),
      buildIssueReport('E10', { questionNumber: 3 }),
      buildIssueReport('E4', { questionNumber: 4 }),
      buildIssueReport('C1'),
      buildIssueReport('C6'),
      buildIssueReport('E3', { questionNumber: 40 }),
      buildIssueReport('E8', { questionNumber: 5 }),
      buildIssueReport('E5', { candidateId: 8, questionNumber: 1 }),
    ]);

    const { issueReports } = await useCase.execute(command);

    expect(summary(issueReports)).toEqual([
      ['E2', 7, 'Question neutralisée automatiquement.', true, 'neutralise', 'recEmbed1'],
      [
        'E1',
        7,
        'Question non neutralisée : elle ne contient ni image ni application intégrée.',
        true,
        'no-effect',
        'recPlain2',
      ],
      [
        'E10',
        7,
        'Réponse acceptée automatiquement : le candidat est sorti de la fenêtre involontairement.',
        true,
        'remark-ok',
        'recFocus3',
      ],
      ['E4', 7, 'Question non neutralisée : la réponse est correcte.', true, 'no-effect', 'recPlain4'],
      ['C1', 7, null, false, null, null],
      ['C6', 7, null, false, null, null],
      [
        'E3',
        7,
        'Aucune réponse ne correspond à la question n° 40 : signalement résolu sans effet.',
        true,
        'no-effect',
        null,
      ],
      [
        'E8',
        7,
        'Aucune réponse ne correspond à la question n° 5 : signalement résolu sans effet.',
        true,
        'no-effect',
        null,
      ],
      ['E5', 8, 'Question neutralisée automatiquement.', true, 'neutralise', 'recPlain81'],
    ]);
    expect(issueReports.map((report) => report.resolvedAt)).toEqual([
      ...Array(4).fill(FINALISED_AT.toISOString()),
      null,
      null,
      ...Array(3).fill(FINALISED_AT.toISOString()),
    ]);
    expect(issueReports.filter((report) => report.resolvedAt === null).map((report) => report.isImpactful)).toEqual([
      true,
      true,
    ]);
  });

  it('stores what it replies: a later read sees the same resolutions', async () => {
    const [neutralised, forJury] = await repository.addAll([buildIssueReport('E2'), buildIssueReport('C1')]);

    await useCase.execute(command);

    expect(repository.get(neutralised?.id ?? 0)?.toProps()).toEqual(
      expect.objectContaining({
        resolvedAt: FINALISED_AT,
        resolution: 'Question neutralisée automatiquement.',
        hasBeenAutomaticallyResolved: true,
        effect: 'neutralise',
        challengeId: 'recEmbed1',
        resolvedBy: null,
      }),
    );
    expect(repository.get(forJury?.id ?? 0)?.isResolved).toBe(false);
    expect(repository.savedResolutions).toBe(1);
  });

  it('locks the session’s reports before reading them', async () => {
    await repository.addAll([buildIssueReport('E2')]);

    await useCase.execute(command);

    expect(repository.locks).toBe(1);
  });

  it('gives the same reply when run again later, and resolves nothing twice', async () => {
    await repository.addAll([
      buildIssueReport('E2'),
      buildIssueReport('C1'),
      buildIssueReport('E4', { questionNumber: 40 }),
      buildIssueReport('E4', { candidateId: 9 }),
    ]);
    const first = await useCase.execute(command);
    const savedByFirst = repository.savedResolutions;

    clock.advanceBy(60 * 60 * 1000);
    const replay = await useCase.execute(command);

    expect(replay).toEqual(first);
    expect(savedByFirst).toBe(2);
    expect(repository.savedResolutions).toBe(savedByFirst);
  });

  it('leaves the reports of candidates the request does not list as they are, and still lists them', async () => {
    await repository.addAll([buildIssueReport('E4', { candidateId: 9 }), buildIssueReport('E2')]);

    const { issueReports } = await useCase.execute(command);

    expect(summary(issueReports)).toEqual([
      ['E4', 9, null, false, null, null],
      ['E2', 7, 'Question neutralisée automatiquement.', true, 'neutralise', 'recEmbed1'],
    ]);
  });

  it('resolves a candidate left out of a first run when a later run lists it', async () => {
    await repository.addAll([buildIssueReport('E4', { candidateId: 9 })]);
    await useCase.execute(command);

    const { issueReports } = await useCase.execute({
      sessionId: 3,
      candidates: [{ candidateId: 9, questions: [question(1, 'recPlain91', plain, 'aband')] }],
    });

    expect(summary(issueReports)).toEqual([
      ['E4', 9, 'Question neutralisée automatiquement.', true, 'neutralise', 'recPlain91'],
    ]);
  });

  it('keeps a resolution by a jury member as it is, with no effect to apply', async () => {
    const resolvedByHand = buildIssueReport('E2').resolveManually(
      'Vu avec le centre.',
      77,
      new FixedClock(FINALISED_AT),
    );
    await repository.addAll([resolvedByHand]);
    clock.advanceBy(1000);

    const { issueReports } = await useCase.execute(command);

    expect(issueReports).toEqual([
      expect.objectContaining({
        resolution: 'Vu avec le centre.',
        resolvedAt: FINALISED_AT.toISOString(),
        hasBeenAutomaticallyResolved: false,
        effect: null,
        challengeId: null,
      }),
    ]);
    expect(repository.savedResolutions).toBe(0);
  });

  it('leaves deprecated kinds for the jury, even on an answered question', async () => {
    const e1 = buildIssueReport('E1').toProps();
    await repository.addAll([
      IssueReport.restore({ ...e1, subcategory: 'LINK_NOT_WORKING' }),
      IssueReport.restore({ ...e1, category: 'TECHNICAL_PROBLEM', subcategory: null }),
    ]);

    const { issueReports } = await useCase.execute(command);

    expect(issueReports.map((report) => [report.code, report.resolvedAt, report.effect, report.isImpactful])).toEqual([
      ['E6', null, null, true],
      ['A1', null, null, true],
    ]);
    expect(repository.savedResolutions).toBe(0);
  });

  it('leaves for the jury an answer §7 says nothing of, and looks at it again on a replay', async () => {
    await repository.addAll([buildIssueReport('E4', { candidateId: 8 })]);
    const partially: ResolveAutomaticallyCommand = {
      sessionId: 3,
      candidates: [{ candidateId: 8, questions: [question(1, 'recPlain81', plain, 'partially')] }],
    };

    const first = await useCase.execute(partially);
    const replay = await useCase.execute(partially);

    expect(first.issueReports.map((report) => [report.resolvedAt, report.effect])).toEqual([[null, null]]);
    expect(replay).toEqual(first);
  });

  it('touches nothing in another session', async () => {
    const [elsewhere] = await repository.addAll([buildIssueReport('E2', { sessionId: 4 })]);

    const { issueReports } = await useCase.execute(command);

    expect(issueReports).toEqual([]);
    expect(repository.get(elsewhere?.id ?? 0)?.isResolved).toBe(false);
  });

  it('lists the reports in the order they were recorded, whoever they are about', async () => {
    await repository.addAll([
      buildIssueReport('C1', { candidateId: 8 }, new Date('2025-03-14T11:00:00Z')),
      buildIssueReport('E2', {}, new Date('2025-03-14T09:00:00Z')),
      buildIssueReport('C6', { candidateId: 9 }, new Date('2025-03-14T10:00:00Z')),
    ]);

    const { issueReports } = await useCase.execute(command);

    expect(issueReports.map((report) => [report.code, report.candidateId])).toEqual([
      ['E2', 7],
      ['C6', 9],
      ['C1', 8],
    ]);
  });
});
