import {
  categoryEntryOf,
  CREATABLE_ISSUE_REPORT_KINDS,
  creatableIssueReportKindOfCode,
  findIssueReportKind,
  ISSUE_REPORT_CATEGORIES,
  ISSUE_REPORT_CATEGORY_CATALOGUE,
  ISSUE_REPORT_KINDS,
} from './issue-report-catalogue';

describe('issue report catalogue', () => {
  it('offers exactly the creatable codes of rules §7, in the console’s order', () => {
    expect(CREATABLE_ISSUE_REPORT_KINDS.map((kind) => kind.code)).toEqual([
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
  });

  it.each`
    code     | category                            | subcategory                  | description | questionNumber | impactful
    ${'C1'}  | ${'CANDIDATE_INFORMATIONS_CHANGES'} | ${'NAME_OR_BIRTHDATE'}       | ${true}     | ${false}       | ${true}
    ${'C2'}  | ${'CANDIDATE_INFORMATIONS_CHANGES'} | ${'EXTRA_TIME_PERCENTAGE'}   | ${true}     | ${false}       | ${false}
    ${'C4'}  | ${'SIGNATURE_ISSUE'}                | ${null}                      | ${true}     | ${false}       | ${false}
    ${'C6'}  | ${'FRAUD'}                          | ${null}                      | ${false}    | ${false}       | ${true}
    ${'C7'}  | ${'NON_BLOCKING_TECHNICAL_ISSUE'}   | ${null}                      | ${true}     | ${false}       | ${false}
    ${'C8'}  | ${'NON_BLOCKING_CANDIDATE_ISSUE'}   | ${null}                      | ${true}     | ${false}       | ${false}
    ${'E1'}  | ${'IN_CHALLENGE'}                   | ${'IMAGE_NOT_DISPLAYING'}    | ${false}    | ${true}        | ${true}
    ${'E2'}  | ${'IN_CHALLENGE'}                   | ${'EMBED_NOT_WORKING'}       | ${false}    | ${true}        | ${true}
    ${'E3'}  | ${'IN_CHALLENGE'}                   | ${'FILE_NOT_OPENING'}        | ${false}    | ${true}        | ${true}
    ${'E4'}  | ${'IN_CHALLENGE'}                   | ${'WEBSITE_UNAVAILABLE'}     | ${false}    | ${true}        | ${true}
    ${'E5'}  | ${'IN_CHALLENGE'}                   | ${'WEBSITE_BLOCKED'}         | ${false}    | ${true}        | ${true}
    ${'E8'}  | ${'IN_CHALLENGE'}                   | ${'EXTRA_TIME_EXCEEDED'}     | ${false}    | ${true}        | ${true}
    ${'E9'}  | ${'IN_CHALLENGE'}                   | ${'SOFTWARE_NOT_WORKING'}    | ${false}    | ${true}        | ${true}
    ${'E10'} | ${'IN_CHALLENGE'}                   | ${'UNINTENTIONAL_FOCUS_OUT'} | ${false}    | ${true}        | ${true}
    ${'E11'} | ${'IN_CHALLENGE'}                   | ${'SKIP_ON_OOPS'}            | ${false}    | ${true}        | ${true}
    ${'E12'} | ${'IN_CHALLENGE'}                   | ${'ACCESSIBILITY_ISSUE'}     | ${false}    | ${true}        | ${true}
  `(
    '$code is $category / $subcategory, description required: $description, question number required: $questionNumber, impactful: $impactful',
    ({ code, category, subcategory, description, questionNumber, impactful }) => {
      const kind = creatableIssueReportKindOfCode(code);

      expect(kind).toEqual(
        expect.objectContaining({
          category,
          subcategory,
          requiresDescription: description,
          requiresQuestionNumber: questionNumber,
          isImpactful: impactful,
          isDeprecated: false,
        }),
      );
      expect(findIssueReportKind(category, subcategory)).toBe(kind);
    },
  );

  it('uses the wording of the PV d’incident', () => {
    expect(creatableIssueReportKindOfCode('C1')?.label).toBe('Correction du nom, du prénom ou de la date de naissance');
    expect(creatableIssueReportKindOfCode('E10')?.label).toBe(
      'Sortie involontaire de la fenêtre sur une question « focus »',
    );
    expect(categoryEntryOf('IN_CHALLENGE')).toEqual(
      expect.objectContaining({ label: 'Problème sur une question', expected: 'Indiquer le numéro de la question.' }),
    );
  });

  it.each`
    code    | category                      | subcategory           | impactful
    ${'A1'} | ${'TECHNICAL_PROBLEM'}        | ${null}               | ${true}
    ${'A2'} | ${'OTHER'}                    | ${null}               | ${true}
    ${'C3'} | ${'LATE_OR_LEAVING'}          | ${'LEFT_EXAM_ROOM'}   | ${true}
    ${'C4'} | ${'LATE_OR_LEAVING'}          | ${'SIGNATURE_ISSUE'}  | ${false}
    ${'C5'} | ${'CONNECTION_OR_END_SCREEN'} | ${null}               | ${false}
    ${'E6'} | ${'IN_CHALLENGE'}             | ${'LINK_NOT_WORKING'} | ${true}
    ${'E7'} | ${'IN_CHALLENGE'}             | ${'OTHER'}            | ${true}
  `('keeps the deprecated $code ($category / $subcategory) readable but not creatable', (row) => {
    const kind = findIssueReportKind(row.category, row.subcategory);

    expect(kind).toEqual(expect.objectContaining({ code: row.code, isDeprecated: true, isImpactful: row.impactful }));
    expect(kind?.label.length).toBeGreaterThan(0);
    expect(CREATABLE_ISSUE_REPORT_KINDS).not.toContain(kind);
  });

  it('marks the deprecated categories and gives every category a label', () => {
    expect(ISSUE_REPORT_CATEGORY_CATALOGUE.map((entry) => entry.category)).toEqual([...ISSUE_REPORT_CATEGORIES]);
    expect(
      ISSUE_REPORT_CATEGORY_CATALOGUE.filter((entry) => entry.isDeprecated).map((entry) => entry.category),
    ).toEqual(['TECHNICAL_PROBLEM', 'OTHER', 'LATE_OR_LEAVING', 'CONNECTION_OR_END_SCREEN']);
    for (const entry of ISSUE_REPORT_CATEGORY_CATALOGUE) expect(entry.label.length).toBeGreaterThan(0);
  });

  it('names each category and subcategory pair once, consistent with its category', () => {
    const keys = ISSUE_REPORT_KINDS.map((kind) => `${kind.category}/${kind.subcategory}`);

    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of ISSUE_REPORT_KINDS) {
      expect(kind.subcategory !== null).toBe(categoryEntryOf(kind.category).hasSubcategories);
      if (categoryEntryOf(kind.category).isDeprecated) expect(kind.isDeprecated).toBe(true);
    }
  });

  it('finds no creatable kind for a deprecated or unknown code', () => {
    expect(creatableIssueReportKindOfCode('A1')).toBeUndefined();
    expect(creatableIssueReportKindOfCode('E7')).toBeUndefined();
    expect(creatableIssueReportKindOfCode('Z9')).toBeUndefined();
  });
});
