import { resolveBirthplace } from '../birthplace/resolve-birthplace';
import { assertToday } from '../shared/dates';
import type { Problem, Validation } from '../shared/problems';
import type { Candidate, CandidateField, CandidateInput, CentreType } from './candidate';
import {
  type DateFormat,
  type FieldResult,
  parseBillingMode,
  parseBirthdate,
  parseEmail,
  parseExternalId,
  parseExtraTime,
  parseName,
  parsePrepaymentCode,
  parseSex,
} from './fields';

export interface CandidateRules {
  readonly centreType: CentreType;
  /** `YYYY-MM-DD`: a birthdate may not come after it. */
  readonly today: string;
  /** `iso` (`YYYY-MM-DD`, the console) or `french` (`jj/mm/aaaa`, spreadsheets). */
  readonly dateFormat: DateFormat;
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Applies every rule of §3.1 and reports all the problems of the candidate at once. */
export function checkCandidate(input: CandidateInput, rules: CandidateRules): Validation<Candidate, CandidateField> {
  const problems: Problem<CandidateField>[] = [];
  const take = <T>(field: CandidateField, result: FieldResult<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push({ field, code: result.code, message: result.message });
    return undefined;
  };

  const lastName = take('lastName', parseName(text(input.lastName), 'lastName'));
  const firstName = take('firstName', parseName(text(input.firstName), 'firstName'));
  const birthdate = take('birthdate', parseBirthdate(text(input.birthdate), rules.today, rules.dateFormat));
  const sex = take('sex', parseSex(text(input.sex)));
  const email = take('email', parseEmail(text(input.email), 'email'));
  const resultRecipientEmail = take(
    'resultRecipientEmail',
    parseEmail(text(input.resultRecipientEmail), 'resultRecipientEmail'),
  );
  const externalId = take('externalId', parseExternalId(text(input.externalId)));
  const extraTimePercentage = take('extraTimePercentage', parseExtraTime(input.extraTimePercentage ?? ''));
  const billingMode = take('billingMode', parseBillingMode(text(input.billingMode), rules.centreType));
  let prepaymentCode: string | null | undefined = null;
  if (billingMode !== undefined) {
    prepaymentCode = take('prepaymentCode', parsePrepaymentCode(text(input.prepaymentCode), billingMode));
  }
  const birthplace = resolveBirthplace({
    country: input.birthCountry,
    inseeCode: input.birthINSEECode,
    postalCode: input.birthPostalCode,
    city: input.birthCity,
  });
  if (!birthplace.ok) problems.push(...birthplace.problems);

  if (
    problems.length > 0 ||
    !birthplace.ok ||
    lastName === undefined ||
    firstName === undefined ||
    birthdate === undefined ||
    sex === undefined ||
    email === undefined ||
    resultRecipientEmail === undefined ||
    externalId === undefined ||
    extraTimePercentage === undefined ||
    billingMode === undefined ||
    prepaymentCode === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      lastName,
      firstName,
      birthdate,
      sex,
      ...birthplace.value,
      email,
      resultRecipientEmail,
      externalId,
      extraTimePercentage,
      billingMode,
      prepaymentCode,
    },
  };
}

/**
 * Checks one candidate typed in the console (birthdate `YYYY-MM-DD`) against the rules of §3.1 for a centre
 * of the given type, birthplace included. All problems are reported, each with its field, code and French
 * message.
 */
export function validateCandidate(
  input: CandidateInput,
  centreType: CentreType,
  options: { readonly today: string },
): Validation<Candidate, CandidateField> {
  assertToday(options.today);
  return checkCandidate(input, { centreType, today: options.today, dateFormat: 'iso' });
}
