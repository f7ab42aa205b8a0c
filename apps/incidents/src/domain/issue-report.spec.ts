import { IncidentsErrorCode } from '@pix/contracts';
import { DomainError, FixedClock } from '@pix/kernel';
import { CREATABLE_ISSUE_REPORT_KINDS } from '@pix/contracts';
import { IssueReport, type IssueReportInput, kindFieldsOfCode } from './issue-report';

const NOW = new Date('2025-03-14T10:00:00Z');
const ref = { sessionId: 3, candidateId: 7, source: 'invigilator', recordedBy: 42 } as const;
const clock = () => new FixedClock(NOW);

const validInputs: Record<string, IssueReportInput> = {
  C1: {
    ...ref,
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    subcategory: 'NAME_OR_BIRTHDATE',
    description: 'Né le 05/03/2011',
  },
  C2: {
    ...ref,
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    subcategory: 'EXTRA_TIME_PERCENTAGE',
    description: '33 %',
  },
  C4: { ...ref, category: 'SIGNATURE_ISSUE', description: 'A signé sur la ligne suivante' },
  C6: { ...ref, category: 'FRAUD' },
  C7: { ...ref, category: 'NON_BLOCKING_TECHNICAL_ISSUE', description: 'Coupure réseau de 2 min' },
  C8: { ...ref, category: 'NON_BLOCKING_CANDIDATE_ISSUE', description: 'Malaise passager' },
};
for (const kind of CREATABLE_ISSUE_REPORT_KINDS.filter((candidate) => candidate.category === 'IN_CHALLENGE')) {
  validInputs[kind.code] = {
    ...ref,
    category: 'IN_CHALLENGE',
    subcategory: kind.subcategory,
    questionNumber: 12,
  };
}

/** The problems of a refused creation, or fails the test when the creation succeeds. */
function problemsOf(input: IssueReportInput): Array<{ field: string; message: string }> {
  try {
    IssueReport.create(input, clock());
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(IncidentsErrorCode.ISSUE_REPORT_INVALID);
    return (error as DomainError).details?.['problems'] as Array<{ field: string; message: string }>;
  }
  throw new Error('IssueReport.create accepted the input');
}

const fieldsOf = (input: IssueReportInput) => problemsOf(input).map((problem) => problem.field);

const inChallenge = (questionNumber: unknown): IssueReportInput => ({
  ...ref,
  category: 'IN_CHALLENGE',
  subcategory: 'IMAGE_NOT_DISPLAYING',
  questionNumber: questionNumber as number,
});

describe(IssueReport.name, () => {
  describe('create', () => {
    it('covers every creatable code of the catalogue in these tests', () => {
      expect(Object.keys(validInputs).sort()).toEqual(CREATABLE_ISSUE_REPORT_KINDS.map((kind) => kind.code).sort());
    });

    it.each(Object.entries(validInputs))('accepts a complete %s report, unresolved', (code, input) => {
      const report = IssueReport.create(input, clock());

      expect(report.kind?.code).toBe(code);
      expect(report.toProps()).toEqual(
        expect.objectContaining({
          id: undefined,
          ...ref,
          createdAt: NOW,
          resolvedAt: null,
          resolution: null,
          hasBeenAutomaticallyResolved: false,
        }),
      );
    });

    it.each(['C1', 'C2', 'C4', 'C7', 'C8'])('refuses a %s report without a description', (code) => {
      expect(problemsOf({ ...validInputs[code], description: undefined })).toEqual([
        { field: 'description', message: 'La description est obligatoire pour ce signalement.' },
      ]);
      expect(fieldsOf({ ...validInputs[code], description: '   \n ' })).toEqual(['description']);
    });

    it('accepts a fraud report (C6) without a description: the details go on the PV de fraude', () => {
      const report = IssueReport.create({ ...ref, category: 'FRAUD', description: '  ' }, clock());

      expect(report.description).toBeNull();
      expect(report.isImpactful).toBe(true);
      expect(report.requiresJuryAction).toBe(true);
    });

    it.each(CREATABLE_ISSUE_REPORT_KINDS.filter((kind) => kind.category === 'IN_CHALLENGE').map((kind) => kind.code))(
      'refuses a %s report without a question number',
      (code) => {
        expect(problemsOf({ ...validInputs[code], questionNumber: null })).toEqual([
          {
            field: 'questionNumber',
            message: 'Le numéro de question est obligatoire pour un problème sur une question.',
          },
        ]);
      },
    );

    it.each([1, 500])('accepts the question number %s', (questionNumber) => {
      expect(IssueReport.create(inChallenge(questionNumber), clock()).questionNumber).toBe(questionNumber);
    });

    it.each([0, 501, 1.5, -3, Number.NaN, Number.POSITIVE_INFINITY, '12'])(
      'refuses the question number %s',
      (questionNumber) => {
        expect(problemsOf(inChallenge(questionNumber))).toEqual([
          {
            field: 'questionNumber',
            message: 'Le numéro de question doit être un nombre entier entre 1 et 500.',
          },
        ]);
      },
    );

    it('refuses a question number on a report that is not about a question', () => {
      expect(fieldsOf({ ...validInputs['C7'], questionNumber: 3 })).toEqual(['questionNumber']);
    });

    it('trims the description and stores it as typed, markup included', () => {
      const typed = '<script>alert("x")</script> & <b>nom</b> : Zoé';

      const report = IssueReport.create({ ...validInputs['C1'], description: `  ${typed}\n` }, clock());

      expect(report.description).toBe(typed);
    });

    it('keeps an optional description of a question report, null when blank', () => {
      expect(
        IssueReport.create({ ...validInputs['E4'], description: ' Site en maintenance ' }, clock()).description,
      ).toBe('Site en maintenance');
      expect(IssueReport.create({ ...validInputs['E4'], description: '' }, clock()).description).toBeNull();
    });

    it('accepts a description of 500 characters, counted as a person counts them, and refuses 501', () => {
      expect(
        IssueReport.create({ ...validInputs['C7'], description: 'é'.repeat(500) }, clock()).description,
      ).toHaveLength(500);
      const emoji = IssueReport.create({ ...validInputs['C7'], description: '😀'.repeat(500) }, clock()).description;
      expect([...(emoji ?? '')]).toHaveLength(500);

      expect(problemsOf({ ...validInputs['C7'], description: 'a'.repeat(501) })).toEqual([
        { field: 'description', message: 'La description ne doit pas dépasser 500 caractères.' },
      ]);
    });

    it('measures the length after trimming', () => {
      expect(
        IssueReport.create({ ...validInputs['C7'], description: `  ${'a'.repeat(500)}  ` }, clock()),
      ).toBeDefined();
    });

    it('refuses a NUL character, which no one types and PostgreSQL cannot store', () => {
      expect(fieldsOf({ ...validInputs['C7'], description: 'a\u0000b' })).toEqual(['description']);
    });

    it('refuses a description that is not text', () => {
      expect(fieldsOf({ ...validInputs['C7'], description: 42 as unknown as string })).toEqual(['description']);
    });

    it.each([0, -1, 2.5, Number.NaN])('refuses the session number %s', (sessionId) => {
      expect(fieldsOf({ ...validInputs['C6'], sessionId })).toEqual(['sessionId']);
    });

    it.each([0, -1, 2.5, Number.NaN])('refuses the candidate id %s', (candidateId) => {
      expect(fieldsOf({ ...validInputs['C6'], candidateId })).toEqual(['candidateId']);
    });

    it.each`
      category                      | subcategory
      ${'TECHNICAL_PROBLEM'}        | ${undefined}
      ${'OTHER'}                    | ${undefined}
      ${'LATE_OR_LEAVING'}          | ${'LEFT_EXAM_ROOM'}
      ${'LATE_OR_LEAVING'}          | ${'SIGNATURE_ISSUE'}
      ${'CONNECTION_OR_END_SCREEN'} | ${undefined}
    `('refuses the deprecated category $category', ({ category, subcategory }) => {
      expect(problemsOf({ ...ref, category, subcategory, description: 'Texte' })).toEqual([
        { field: 'category', message: 'Cette catégorie de signalement n’est plus utilisée : choisissez-en une autre.' },
      ]);
    });

    it.each(['LINK_NOT_WORKING', 'OTHER'])('refuses the deprecated subcategory %s', (subcategory) => {
      expect(
        problemsOf({
          ...ref,
          category: 'IN_CHALLENGE',
          subcategory,
          questionNumber: 3,
          description: 'x',
        }),
      ).toEqual([
        {
          field: 'subcategory',
          message: 'Cette sous-catégorie de signalement n’est plus utilisée : choisissez-en une autre.',
        },
      ]);
    });

    it('refuses the deprecated subcategory LEFT_EXAM_ROOM wherever it is put', () => {
      expect(fieldsOf({ ...ref, category: 'IN_CHALLENGE', subcategory: 'LEFT_EXAM_ROOM' })).toEqual(['subcategory']);
    });

    it('refuses an unknown category, a missing or unknown subcategory, a subcategory on a category without any', () => {
      expect(fieldsOf({ ...ref, category: 'PANNE' })).toEqual(['category']);
      expect(fieldsOf({ ...ref, category: 'IN_CHALLENGE', questionNumber: 3 })).toEqual(['subcategory']);
      expect(
        fieldsOf({
          ...ref,
          category: 'IN_CHALLENGE',
          subcategory: 'NAME_OR_BIRTHDATE',
          questionNumber: 3,
        }),
      ).toEqual(['subcategory']);
      expect(fieldsOf({ ...ref, category: 'FRAUD', subcategory: 'OTHER' })).toEqual(['subcategory']);
    });

    it('lists every problem at once', () => {
      const problems = problemsOf({
        ...ref,
        candidateId: 0,
        category: 'FRAUD',
        description: 'x'.repeat(501),
        questionNumber: 4,
      });

      expect(problems.map((problem) => problem.field)).toEqual(['candidateId', 'description', 'questionNumber']);
    });

    it('still checks the shape of the fields when the category is unknown', () => {
      expect(fieldsOf({ ...ref, category: 'PANNE', questionNumber: 501 })).toEqual(['category', 'questionNumber']);
    });

    it('says what is wrong in a French message', () => {
      expect(() => IssueReport.create({ ...ref, category: 'PANNE' }, clock())).toThrow(
        'Le signalement comporte des informations invalides.',
      );
    });
  });

  describe('impact', () => {
    it('needs a jury member for an impactful unresolved report only', () => {
      expect(IssueReport.create(validInputs['C1'], clock()).requiresJuryAction).toBe(true);
      expect(IssueReport.create(validInputs['C2'], clock()).requiresJuryAction).toBe(false);
      expect(IssueReport.create(validInputs['E1'], clock()).requiresJuryAction).toBe(true);
    });

    it('keeps a restored deprecated A1 report readable and impactful', () => {
      const report = IssueReport.restore({
        ...IssueReport.create(validInputs['C6'], clock()).toProps(),
        id: 3,
        category: 'TECHNICAL_PROBLEM',
        description: 'Écran noir',
      });

      expect(report.kind?.label).toBe('Problème technique');
      expect(report.kind?.isDeprecated).toBe(true);
      expect(report.isImpactful).toBe(true);
    });
  });

  describe('resolution', () => {
    const later = new Date('2025-03-15T08:00:00Z');
    const neutralised = {
      kind: 'neutralise',
      resolutionText: 'Question neutralisée automatiquement.',
      hasBeenAutomaticallyResolved: true,
    } as const;

    it('records a resolved automatic outcome with its text, date, effect and challenge', () => {
      const report = IssueReport.create(validInputs['E4'], clock());

      const resolved = report.applyAutomaticResolution(neutralised, 'recWebsite12', new FixedClock(later));

      expect(resolved.toProps()).toEqual(
        expect.objectContaining({
          resolvedAt: later,
          resolution: 'Question neutralisée automatiquement.',
          hasBeenAutomaticallyResolved: true,
          effect: 'neutralise',
          challengeId: 'recWebsite12',
          resolvedBy: null,
        }),
      );
      expect(resolved.requiresJuryAction).toBe(false);
      expect(report.isResolved).toBe(false);
    });

    it('starts with no effect, no challenge and no jury member', () => {
      expect(IssueReport.create(validInputs['E4'], clock()).toProps()).toEqual(
        expect.objectContaining({ effect: null, challengeId: null, resolvedBy: null }),
      );
    });

    it('changes nothing for an outcome left for the jury', () => {
      const report = IssueReport.create(validInputs['C1'], clock());

      const after = report.applyAutomaticResolution(
        { kind: 'left-for-jury', hasBeenAutomaticallyResolved: false, resolutionText: null },
        'recIgnored',
        new FixedClock(later),
      );

      expect(after.toProps()).toEqual(report.toProps());
      expect(after.requiresJuryAction).toBe(true);
    });

    it('refuses to resolve automatically a report already resolved, by hand or automatically', () => {
      const byHand = IssueReport.create(validInputs['E4'], clock()).resolveManually('Vu.', 77, clock());
      const automatically = IssueReport.create(validInputs['E4'], clock()).applyAutomaticResolution(
        neutralised,
        'recWebsite12',
        clock(),
      );

      for (const report of [byHand, automatically]) {
        expect(() => report.applyAutomaticResolution(neutralised, 'recWebsite12', clock())).toThrow(
          expect.objectContaining({ code: IncidentsErrorCode.ISSUE_REPORT_ALREADY_RESOLVED }),
        );
      }
    });

    it('lets a jury member resolve, then correct, an unresolved report by hand: the last text and member win', () => {
      const report = IssueReport.create(validInputs['C1'], clock());

      const resolved = report
        .resolveManually('  Nom corrigé.  ', 77, clock())
        .resolveManually('Nom et date corrigés.', 78, new FixedClock(later));

      expect(resolved.toProps()).toEqual(
        expect.objectContaining({
          resolution: 'Nom et date corrigés.',
          resolvedAt: later,
          resolvedBy: 78,
          hasBeenAutomaticallyResolved: false,
          effect: null,
          challengeId: null,
        }),
      );
      expect(resolved.requiresJuryAction).toBe(false);
    });

    it('trims the manual resolution text', () => {
      const resolved = IssueReport.create(validInputs['C1'], clock()).resolveManually(
        '\n  Nom corrigé.\t',
        77,
        clock(),
      );

      expect(resolved.toProps().resolution).toBe('Nom corrigé.');
    });

    it('refuses a manual resolution of a report resolved automatically', () => {
      const report = IssueReport.create(validInputs['E4'], clock()).applyAutomaticResolution(
        neutralised,
        'recWebsite12',
        clock(),
      );

      expect(() => report.resolveManually('Autre décision', 77, clock())).toThrow(
        expect.objectContaining({ code: IncidentsErrorCode.ISSUE_REPORT_RESOLVED_AUTOMATICALLY }),
      );
    });

    it('accepts a manual resolution of 500 characters, counted as a person counts them', () => {
      const text = 'é'.repeat(499) + '👍';

      expect(
        IssueReport.create(validInputs['C1'], clock()).resolveManually(text, 77, clock()).toProps().resolution,
      ).toBe(text);
    });

    it.each(['', '   ', 'a'.repeat(501), 'a\u0000b'])('refuses the manual resolution text %#', (text) => {
      expect(() => IssueReport.create(validInputs['C1'], clock()).resolveManually(text, 77, clock())).toThrow(
        expect.objectContaining({
          code: IncidentsErrorCode.ISSUE_REPORT_INVALID,
          details: { problems: [expect.objectContaining({ field: 'resolution' })] },
        }),
      );
    });
  });
});

describe(kindFieldsOfCode.name, () => {
  it.each([
    ['C1', 'CANDIDATE_INFORMATIONS_CHANGES', 'NAME_OR_BIRTHDATE'],
    ['C6', 'FRAUD', null],
    ['e10', 'IN_CHALLENGE', 'UNINTENTIONAL_FOCUS_OUT'],
  ])('names the kind of the creatable code %s', (code, category, subcategory) => {
    expect(kindFieldsOfCode(code)).toEqual({ category, subcategory });
  });

  it.each([
    ['E7', 'Ce code de signalement n’est plus utilisé : choisissez-en un autre.'],
    ['A1', 'Ce code de signalement n’est plus utilisé : choisissez-en un autre.'],
    ['C3', 'Ce code de signalement n’est plus utilisé : choisissez-en un autre.'],
    ['Z9', 'Le code de signalement est inconnu.'],
  ])('refuses the code %s', (code, message) => {
    expect(() => kindFieldsOfCode(code)).toThrow(
      expect.objectContaining({
        code: IncidentsErrorCode.ISSUE_REPORT_INVALID,
        details: { problems: [{ field: 'code', message }] },
      }),
    );
  });
});
