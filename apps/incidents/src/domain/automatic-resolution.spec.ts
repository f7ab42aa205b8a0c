import { FixedClock } from '@pix/kernel';
import type { ChallengeFlags } from '@pix/referential';
import {
  type AutomaticResolution,
  type RecordedAnswerStatus,
  RESOLUTION_TEXTS,
  type ReportToResolve,
  resolveAutomatically,
} from './automatic-resolution';
import type { IssueReportSubcategory } from '@pix/contracts';
import { IssueReport } from './issue-report';

const plainFlags: ChallengeFlags = {
  timedSeconds: null,
  focus: false,
  illustration: null,
  attachment: null,
  embed: null,
};
const flags = (overrides: Partial<ChallengeFlags> = {}): ChallengeFlags => ({ ...plainFlags, ...overrides });
const withIllustration = flags({ illustration: { alt: 'Capture d’écran d’un tableur' } });
const withEmbed = flags({ embed: { title: 'Simulateur de messagerie', height: 600 } });
const withAttachment = flags({ attachment: { name: 'budget.ods', kind: 'ods' } });
const timed = flags({ timedSeconds: 60 });
const focus = flags({ focus: true });

const inChallenge = (subcategory: IssueReportSubcategory, questionNumber = 12): ReportToResolve => ({
  category: 'IN_CHALLENGE',
  subcategory,
  questionNumber,
});

const neutralised: AutomaticResolution = {
  kind: 'neutralise',
  resolutionText: RESOLUTION_TEXTS.neutralised,
  hasBeenAutomaticallyResolved: true,
};
const noEffect = (resolutionText: string): AutomaticResolution => ({
  kind: 'no-effect',
  resolutionText,
  hasBeenAutomaticallyResolved: true,
});
const answerCorrect = noEffect(RESOLUTION_TEXTS.answerCorrect);
const leftForJury: AutomaticResolution = {
  kind: 'left-for-jury',
  resolutionText: null,
  hasBeenAutomaticallyResolved: false,
};

const ALL_STATUSES: RecordedAnswerStatus[] = ['ok', 'ko', 'aband', 'partially', 'timedout', 'focusedOut'];

describe(resolveAutomatically.name, () => {
  describe.each([
    'WEBSITE_BLOCKED',
    'WEBSITE_UNAVAILABLE',
    'SOFTWARE_NOT_WORKING',
    'SKIP_ON_OOPS',
    'ACCESSIBILITY_ISSUE',
  ] as const)('%s: neutralises without checking the challenge', (subcategory) => {
    it.each(['ko', 'aband'] as const)('neutralises a question answered %s, whatever its flags', (answerStatus) => {
      expect(resolveAutomatically(inChallenge(subcategory), { flags: plainFlags, answerStatus })).toEqual(neutralised);
    });

    it('does not neutralise a correct answer', () => {
      expect(resolveAutomatically(inChallenge(subcategory), { flags: plainFlags, answerStatus: 'ok' })).toEqual(
        answerCorrect,
      );
    });

    it.each(['partially', 'timedout', 'focusedOut'] as const)(
      'leaves a question answered %s for the jury (§7 neutralises only ko or aband)',
      (answerStatus) => {
        expect(resolveAutomatically(inChallenge(subcategory), { flags: plainFlags, answerStatus })).toEqual(
          leftForJury,
        );
      },
    );
  });

  describe.each(['IMAGE_NOT_DISPLAYING', 'EMBED_NOT_WORKING'] as const)(
    '%s: neutralises only a challenge with an illustration or an embed',
    (subcategory) => {
      it.each([
        ['an illustration', withIllustration],
        ['an embed', withEmbed],
      ])('neutralises a wrong answer to a challenge with %s', (_, challengeFlags) => {
        expect(resolveAutomatically(inChallenge(subcategory), { flags: challengeFlags, answerStatus: 'ko' })).toEqual(
          neutralised,
        );
        expect(
          resolveAutomatically(inChallenge(subcategory), { flags: challengeFlags, answerStatus: 'aband' }),
        ).toEqual(neutralised);
      });

      it('does not neutralise a correct answer to a challenge with an illustration', () => {
        expect(resolveAutomatically(inChallenge(subcategory), { flags: withIllustration, answerStatus: 'ok' })).toEqual(
          answerCorrect,
        );
      });

      it.each(ALL_STATUSES)('resolves with no effect a challenge with neither, answered %s', (answerStatus) => {
        expect(
          resolveAutomatically(inChallenge(subcategory), {
            flags: flags({ attachment: withAttachment.attachment }),
            answerStatus,
          }),
        ).toEqual(noEffect(RESOLUTION_TEXTS.noIllustrationNorEmbed));
      });
    },
  );

  describe('FILE_NOT_OPENING: neutralises only a challenge with an attachment', () => {
    it.each(['ko', 'aband'] as const)('neutralises a question with an attachment answered %s', (answerStatus) => {
      expect(resolveAutomatically(inChallenge('FILE_NOT_OPENING'), { flags: withAttachment, answerStatus })).toEqual(
        neutralised,
      );
    });

    it('does not neutralise a correct answer', () => {
      expect(
        resolveAutomatically(inChallenge('FILE_NOT_OPENING'), { flags: withAttachment, answerStatus: 'ok' }),
      ).toEqual(answerCorrect);
    });

    it('resolves with no effect a challenge without an attachment', () => {
      expect(
        resolveAutomatically(inChallenge('FILE_NOT_OPENING'), { flags: withIllustration, answerStatus: 'ko' }),
      ).toEqual(noEffect(RESOLUTION_TEXTS.noAttachment));
    });
  });

  describe('EXTRA_TIME_EXCEEDED: neutralises only a timed challenge', () => {
    it.each(['ko', 'aband'] as const)('neutralises a timed question answered %s', (answerStatus) => {
      expect(resolveAutomatically(inChallenge('EXTRA_TIME_EXCEEDED'), { flags: timed, answerStatus })).toEqual(
        neutralised,
      );
    });

    it('does not neutralise a correct answer', () => {
      expect(resolveAutomatically(inChallenge('EXTRA_TIME_EXCEEDED'), { flags: timed, answerStatus: 'ok' })).toEqual(
        answerCorrect,
      );
    });

    it('leaves a timed-out answer for the jury', () => {
      expect(
        resolveAutomatically(inChallenge('EXTRA_TIME_EXCEEDED'), { flags: timed, answerStatus: 'timedout' }),
      ).toEqual(leftForJury);
    });

    it('resolves with no effect a challenge that is not timed', () => {
      expect(
        resolveAutomatically(inChallenge('EXTRA_TIME_EXCEEDED'), { flags: plainFlags, answerStatus: 'ko' }),
      ).toEqual(noEffect(RESOLUTION_TEXTS.notTimed));
    });
  });

  describe('UNINTENTIONAL_FOCUS_OUT: only for a focus challenge', () => {
    it('re-marks ok an answer marked focusedOut', () => {
      expect(
        resolveAutomatically(inChallenge('UNINTENTIONAL_FOCUS_OUT'), { flags: focus, answerStatus: 'focusedOut' }),
      ).toEqual({ kind: 'remark-ok', resolutionText: RESOLUTION_TEXTS.remarkedOk, hasBeenAutomaticallyResolved: true });
    });

    it('neutralises a skipped answer', () => {
      expect(
        resolveAutomatically(inChallenge('UNINTENTIONAL_FOCUS_OUT'), { flags: focus, answerStatus: 'aband' }),
      ).toEqual(neutralised);
    });

    it.each(['ok', 'ko', 'partially', 'timedout'] as const)('leaves an answer %s alone', (answerStatus) => {
      expect(resolveAutomatically(inChallenge('UNINTENTIONAL_FOCUS_OUT'), { flags: focus, answerStatus })).toEqual(
        noEffect(RESOLUTION_TEXTS.focusAnswerUnchanged),
      );
    });

    it.each(ALL_STATUSES)('resolves with no effect a challenge that is not focus, answered %s', (answerStatus) => {
      expect(resolveAutomatically(inChallenge('UNINTENTIONAL_FOCUS_OUT'), { flags: timed, answerStatus })).toEqual(
        noEffect(RESOLUTION_TEXTS.notFocus),
      );
    });
  });

  describe('question number matching no answer', () => {
    it.each([
      'WEBSITE_BLOCKED',
      'WEBSITE_UNAVAILABLE',
      'SOFTWARE_NOT_WORKING',
      'SKIP_ON_OOPS',
      'ACCESSIBILITY_ISSUE',
      'IMAGE_NOT_DISPLAYING',
      'EMBED_NOT_WORKING',
      'FILE_NOT_OPENING',
      'EXTRA_TIME_EXCEEDED',
      'UNINTENTIONAL_FOCUS_OUT',
    ] as const)('resolves a %s report with no effect', (subcategory) => {
      expect(resolveAutomatically(inChallenge(subcategory, 37), null)).toEqual(
        noEffect('Aucune réponse ne correspond à la question n° 37 : signalement résolu sans effet.'),
      );
    });

    it('says so even for a stored report without a number', () => {
      expect(
        resolveAutomatically({ category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS', questionNumber: null }, null),
      ).toEqual(noEffect(RESOLUTION_TEXTS.noSuchQuestion(null)));
    });
  });

  describe('other categories', () => {
    it.each`
      code    | category                            | subcategory
      ${'C1'} | ${'CANDIDATE_INFORMATIONS_CHANGES'} | ${'NAME_OR_BIRTHDATE'}
      ${'C2'} | ${'CANDIDATE_INFORMATIONS_CHANGES'} | ${'EXTRA_TIME_PERCENTAGE'}
      ${'C4'} | ${'SIGNATURE_ISSUE'}                | ${null}
      ${'C6'} | ${'FRAUD'}                          | ${null}
      ${'C7'} | ${'NON_BLOCKING_TECHNICAL_ISSUE'}   | ${null}
      ${'C8'} | ${'NON_BLOCKING_CANDIDATE_ISSUE'}   | ${null}
      ${'A1'} | ${'TECHNICAL_PROBLEM'}              | ${null}
      ${'A2'} | ${'OTHER'}                          | ${null}
      ${'C3'} | ${'LATE_OR_LEAVING'}                | ${'LEFT_EXAM_ROOM'}
      ${'C5'} | ${'CONNECTION_OR_END_SCREEN'}       | ${null}
      ${'E6'} | ${'IN_CHALLENGE'}                   | ${'LINK_NOT_WORKING'}
      ${'E7'} | ${'IN_CHALLENGE'}                   | ${'OTHER'}
    `('leaves $code for the jury, answered or not', ({ category, subcategory }) => {
      const report: ReportToResolve = { category, subcategory, questionNumber: 3 };

      expect(resolveAutomatically(report, { flags: focus, answerStatus: 'ko' })).toEqual(leftForJury);
      expect(resolveAutomatically(report, null)).toEqual(leftForJury);
    });
  });

  describe('worked cases, from report to resolved report', () => {
    const finalisedAt = new FixedClock(new Date('2025-03-14T17:00:00Z'));
    const reportRef = { sessionId: 5, candidateId: 42, source: 'invigilator', recordedBy: 9 } as const;
    const create = (subcategory: IssueReportSubcategory, questionNumber: number) =>
      IssueReport.create({ ...reportRef, category: 'IN_CHALLENGE', subcategory, questionNumber }, finalisedAt);

    it('E4 on question 12 answered wrong: the question is neutralised and the report no longer needs the jury', () => {
      const report = create('WEBSITE_UNAVAILABLE', 12);

      const outcome = resolveAutomatically(report, { flags: plainFlags, answerStatus: 'ko' });
      const resolved = report.applyAutomaticResolution(outcome, 'recWebsite12', finalisedAt);

      expect(outcome.kind).toBe('neutralise');
      expect(resolved.toProps()).toEqual(
        expect.objectContaining({
          resolution: 'Question neutralisée automatiquement.',
          hasBeenAutomaticallyResolved: true,
          resolvedAt: new Date('2025-03-14T17:00:00Z'),
          effect: 'neutralise',
          challengeId: 'recWebsite12',
          resolvedBy: null,
        }),
      );
      expect(resolved.requiresJuryAction).toBe(false);
    });

    it('E1 on a question answered right: resolved, not neutralised, answer correct', () => {
      const report = create('IMAGE_NOT_DISPLAYING', 5);

      const resolved = report.applyAutomaticResolution(
        resolveAutomatically(report, { flags: withIllustration, answerStatus: 'ok' }),
        'recImage5',
        finalisedAt,
      );

      expect(resolved.toProps().resolution).toBe('Question non neutralisée : la réponse est correcte.');
      expect(resolved.toProps().effect).toBe('no-effect');
      expect(resolved.hasBeenAutomaticallyResolved).toBe(true);
    });

    it('E10 on a focus question marked focusedOut: the answer is re-marked ok', () => {
      const report = create('UNINTENTIONAL_FOCUS_OUT', 30);

      const outcome = resolveAutomatically(report, { flags: focus, answerStatus: 'focusedOut' });

      expect(outcome.kind).toBe('remark-ok');
      expect(report.applyAutomaticResolution(outcome, 'recFocus30', finalisedAt).toProps()).toEqual(
        expect.objectContaining({ effect: 'remark-ok', challengeId: 'recFocus30' }),
      );
    });

    it('E3 on question 33 of a candidate who answered 32 questions: resolved with no effect', () => {
      const report = create('FILE_NOT_OPENING', 33);

      const resolved = report.applyAutomaticResolution(resolveAutomatically(report, null), null, finalisedAt);

      expect(resolved.toProps()).toEqual(
        expect.objectContaining({
          resolution: 'Aucune réponse ne correspond à la question n° 33 : signalement résolu sans effet.',
          effect: 'no-effect',
          challengeId: null,
        }),
      );
      expect(resolved.requiresJuryAction).toBe(false);
    });

    it('C1 name correction: left unresolved, the jury must act', () => {
      const report = IssueReport.create(
        {
          ...reportRef,
          category: 'CANDIDATE_INFORMATIONS_CHANGES',
          subcategory: 'NAME_OR_BIRTHDATE',
          description: 'Prénom : Zoé',
        },
        finalisedAt,
      );

      const after = report.applyAutomaticResolution(resolveAutomatically(report, null), null, finalisedAt);

      expect(after.isResolved).toBe(false);
      expect(after.requiresJuryAction).toBe(true);
    });
  });
});
