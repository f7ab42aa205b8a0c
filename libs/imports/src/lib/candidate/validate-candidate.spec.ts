import type { CandidateInput } from './candidate';
import { validateCandidate } from './validate-candidate';

const today = '2025-06-15';

function buildCandidateInput(overrides: Partial<CandidateInput> = {}): CandidateInput {
  return {
    lastName: ' Dupont ',
    firstName: 'Jeanne',
    birthdate: '2008-03-15',
    sex: 'F',
    birthCountry: 'France',
    birthINSEECode: '69123',
    ...overrides,
  };
}

describe(validateCandidate.name, () => {
  it('accepts a school candidate and completes the birthplace', () => {
    const result = validateCandidate(buildCandidateInput({ extraTimePercentage: '30 %' }), 'SCO', { today });

    expect(result).toEqual({
      ok: true,
      value: {
        lastName: 'Dupont',
        firstName: 'Jeanne',
        birthdate: '2008-03-15',
        sex: 'F',
        birthCountry: 'France',
        birthINSEECode: '69123',
        birthPostalCode: null,
        birthCity: 'Lyon',
        email: null,
        resultRecipientEmail: null,
        externalId: null,
        extraTimePercentage: 0.3,
        billingMode: null,
        prepaymentCode: null,
      },
    });
  });

  it('accepts a prepaid candidate of a professional centre', () => {
    const result = validateCandidate(
      buildCandidateInput({
        birthCountry: 'Sénégal',
        birthINSEECode: '',
        birthCity: 'Dakar',
        billingMode: 'PREPAID',
        prepaymentCode: 'PREPA-1',
        email: 'jeanne@example.net',
      }),
      'PRO',
      { today },
    );

    expect(result.ok && result.value).toMatchObject({
      birthCountry: 'Sénégal',
      birthINSEECode: '99341',
      birthCity: 'Dakar',
      billingMode: 'PREPAID',
      prepaymentCode: 'PREPA-1',
      email: 'jeanne@example.net',
    });
  });

  it('reports every problem at once, by field', () => {
    const result = validateCandidate(
      {
        firstName: '',
        birthdate: '2030-01-01',
        sex: 'X',
        birthCountry: 'France',
        birthINSEECode: '75999',
        billingMode: 'Gratuite',
        extraTimePercentage: 'beaucoup',
      },
      'SCO',
      { today },
    );

    expect(!result.ok && result.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['lastName', 'LAST_NAME_REQUIRED'],
      ['firstName', 'FIRST_NAME_REQUIRED'],
      ['birthdate', 'BIRTHDATE_IN_FUTURE'],
      ['sex', 'SEX_INVALID'],
      ['extraTimePercentage', 'EXTRA_TIME_INVALID'],
      ['billingMode', 'BILLING_MODE_MUST_BE_EMPTY'],
      ['birthINSEECode', 'BIRTH_INSEE_CODE_NOT_FOUND'],
    ]);
  });

  it('requires a billing mode outside schools but does not judge the prepayment code without one', () => {
    const result = validateCandidate(buildCandidateInput({ prepaymentCode: 'X' }), 'SUP', { today });

    expect(!result.ok && result.problems.map((problem) => problem.code)).toEqual(['BILLING_MODE_REQUIRED']);
  });

  it('takes the console date format only', () => {
    const result = validateCandidate(buildCandidateInput({ birthdate: '15/03/2008' }), 'SCO', { today });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTHDATE_INVALID_FORMAT');
  });

  it('refuses a today that is not a date (a programming error)', () => {
    expect(() => validateCandidate(buildCandidateInput(), 'SCO', { today: '15/06/2025' })).toThrow(TypeError);
  });
});
