import {
  parseBillingMode,
  parseBirthdate,
  parseEmail,
  parseExternalId,
  parseExtraTime,
  parseName,
  parsePrepaymentCode,
  parseSex,
} from './fields';

describe('parseExtraTime', () => {
  it.each([
    ['30', 0.3],
    ['30 %', 0.3],
    ['30%', 0.3],
    ['30\u00a0%', 0.3],
    ['30.00%', 0.3],
    ['12,5', 0.125],
    ['33,33 %', 0.3333],
    ['0,3', 0.3],
    ['0.25', 0.25],
    ['1', 0.01],
    ['100', 1],
    ['999', 9.99],
    [30, 0.3],
    [0.3, 0.3],
  ])('reads %p as the fraction %p', (raw, fraction) => {
    expect(parseExtraTime(raw)).toEqual({ ok: true, value: fraction });
  });

  it.each(['', '0', '0 %', '0,0', 0])('reads %p as no extra time', (raw) => {
    expect(parseExtraTime(raw)).toEqual({ ok: true, value: null });
  });

  it.each(['trente', '30 minutes', '1/3', '%'])('refuses %p', (raw) => {
    expect(parseExtraTime(raw)).toEqual({
      ok: false,
      code: 'EXTRA_TIME_INVALID',
      message: `Le temps majoré « ${raw} » n’est pas valide : indiquez un pourcentage, par exemple 30 ou 30 %.`,
    });
  });

  it.each(['1000', '-30', '1000 %'])('refuses %p as out of range', (raw) => {
    const result = parseExtraTime(raw);

    expect(!result.ok && result.code).toBe('EXTRA_TIME_OUT_OF_RANGE');
  });
});

describe('parseSex', () => {
  it.each([
    ['M', 'M'],
    ['f', 'F'],
    [' Homme ', 'M'],
    ['FEMME', 'F'],
    ['Féminin', 'F'],
    ['masculin', 'M'],
  ])('reads %p as %p', (raw, sex) => {
    expect(parseSex(raw)).toEqual({ ok: true, value: sex });
  });

  it('refuses anything else and requires a value', () => {
    expect(parseSex('X')).toEqual({
      ok: false,
      code: 'SEX_INVALID',
      message: 'Le sexe « X » n’est pas reconnu : indiquez M ou F.',
    });
    expect(parseSex(' ')).toEqual({
      ok: false,
      code: 'SEX_REQUIRED',
      message: 'Le sexe est obligatoire : indiquez M ou F.',
    });
  });
});

describe('parseName', () => {
  it('trims, collapses inner spaces and requires a value', () => {
    expect(parseName('  Jean   Pierre ', 'firstName')).toEqual({ ok: true, value: 'Jean Pierre' });
    expect(parseName('', 'lastName')).toEqual({
      ok: false,
      code: 'LAST_NAME_REQUIRED',
      message: 'Le nom de naissance est obligatoire.',
    });
  });

  it('refuses more than 255 characters', () => {
    expect(parseName('a'.repeat(255), 'firstName').ok).toBe(true);
    expect(parseName('a'.repeat(256), 'firstName')).toEqual({
      ok: false,
      code: 'FIRST_NAME_TOO_LONG',
      message: 'Le prénom ne doit pas dépasser 255 caractères.',
    });
  });
});

describe('parseBirthdate', () => {
  const today = '2025-06-15';

  it('accepts 29 February of a leap year and refuses it otherwise', () => {
    expect(parseBirthdate('29/02/2008', today, 'french')).toEqual({ ok: true, value: '2008-02-29' });
    expect(parseBirthdate('29/02/2009', today, 'french')).toEqual({
      ok: false,
      code: 'BIRTHDATE_INVALID',
      message: 'La date de naissance « 29/02/2009 » n’existe pas.',
    });
  });

  it('refuses a birthdate in the future, accepts today', () => {
    expect(parseBirthdate('2025-06-16', today, 'iso')).toEqual({
      ok: false,
      code: 'BIRTHDATE_IN_FUTURE',
      message: 'La date de naissance « 2025-06-16 » est dans le futur.',
    });
    expect(parseBirthdate('2025-06-15', today, 'iso')).toEqual({ ok: true, value: '2025-06-15' });
  });

  it('refuses 1900-01-01 and before', () => {
    expect(parseBirthdate('01/01/1900', today, 'french')).toEqual({
      ok: false,
      code: 'BIRTHDATE_TOO_OLD',
      message: 'La date de naissance « 01/01/1900 » doit être postérieure au 01/01/1900.',
    });
    expect(parseBirthdate('02/01/1900', today, 'french').ok).toBe(true);
  });

  it('names the expected format', () => {
    expect(parseBirthdate('15/03/2008', today, 'iso')).toEqual({
      ok: false,
      code: 'BIRTHDATE_INVALID_FORMAT',
      message: 'La date de naissance « 15/03/2008 » n’est pas au format AAAA-MM-JJ.',
    });
    const french = parseBirthdate('15 mars 2008', today, 'french');
    expect(!french.ok && french.message).toBe('La date de naissance « 15 mars 2008 » n’est pas au format jj/mm/aaaa.');
  });
});

describe('parseEmail', () => {
  it('accepts an empty value as none and checks the format', () => {
    expect(parseEmail(' ', 'email')).toEqual({ ok: true, value: null });
    expect(parseEmail(' prof@lycee.fr ', 'resultRecipientEmail')).toEqual({ ok: true, value: 'prof@lycee.fr' });
    expect(parseEmail('prof@lycee', 'resultRecipientEmail')).toEqual({
      ok: false,
      code: 'RESULT_RECIPIENT_EMAIL_INVALID',
      message: 'L’e-mail du destinataire des résultats « prof@lycee » n’est pas une adresse valide.',
    });
    expect(parseEmail('a b@c.fr', 'email').ok).toBe(false);
  });
});

describe('parseExternalId', () => {
  it('is optional and at most 255 characters', () => {
    expect(parseExternalId('')).toEqual({ ok: true, value: null });
    expect(parseExternalId(' 123-A ')).toEqual({ ok: true, value: '123-A' });
    expect(parseExternalId('x'.repeat(256)).ok).toBe(false);
  });
});

describe('parseBillingMode', () => {
  it('must stay empty for a school', () => {
    expect(parseBillingMode('', 'SCO')).toEqual({ ok: true, value: null });
    expect(parseBillingMode('Gratuite', 'SCO')).toEqual({
      ok: false,
      code: 'BILLING_MODE_MUST_BE_EMPTY',
      message: 'La tarification part Pix doit rester vide pour un établissement scolaire (« Gratuite » indiqué).',
    });
  });

  it.each([
    ['Gratuite', 'FREE'],
    ['FREE', 'FREE'],
    ['payante', 'PAID'],
    ['Prépayée', 'PREPAID'],
    ['PREPAYEE', 'PREPAID'],
    ['PREPAID', 'PREPAID'],
  ])('reads %p as %p for other centres', (raw, mode) => {
    expect(parseBillingMode(raw, 'SUP')).toEqual({ ok: true, value: mode });
  });

  it('is required and checked for other centres', () => {
    expect(parseBillingMode('', 'PRO')).toEqual({
      ok: false,
      code: 'BILLING_MODE_REQUIRED',
      message: 'La tarification part Pix est obligatoire : indiquez Gratuite, Payante ou Prépayée.',
    });
    expect(parseBillingMode('Offerte', 'PRO').ok).toBe(false);
  });
});

describe('parsePrepaymentCode', () => {
  it('is required with PREPAID and must stay empty otherwise', () => {
    expect(parsePrepaymentCode('CODE-42', 'PREPAID')).toEqual({ ok: true, value: 'CODE-42' });
    expect(parsePrepaymentCode('', 'PREPAID')).toEqual({
      ok: false,
      code: 'PREPAYMENT_CODE_REQUIRED',
      message: 'Le code de prépaiement est obligatoire quand la tarification part Pix est « Prépayée ».',
    });
    expect(parsePrepaymentCode('', 'PAID')).toEqual({ ok: true, value: null });
    expect(parsePrepaymentCode('CODE-42', 'FREE')).toEqual({
      ok: false,
      code: 'PREPAYMENT_CODE_MUST_BE_EMPTY',
      message: 'Le code de prépaiement doit rester vide quand la tarification part Pix n’est pas « Prépayée ».',
    });
  });
});
