import { findCommuneByInseeCode, findCommunesByPostalCode } from './communes';
import { resolveBirthplace } from './resolve-birthplace';

describe('resolveBirthplace, born in France', () => {
  it('fills in the commune name from its INSEE code', () => {
    expect(resolveBirthplace({ country: 'France', inseeCode: '69123' })).toEqual({
      ok: true,
      value: { birthCountry: 'France', birthINSEECode: '69123', birthPostalCode: null, birthCity: 'Lyon' },
    });
  });

  it('means France when the country is empty and an INSEE code is given', () => {
    const result = resolveBirthplace({ inseeCode: '75115' });

    expect(result).toEqual({
      ok: true,
      value: {
        birthCountry: 'France',
        birthINSEECode: '75115',
        birthPostalCode: null,
        birthCity: 'Paris 15e Arrondissement',
      },
    });
  });

  it.each([
    ['2A004', 'Ajaccio'],
    ['2a004', 'Ajaccio'],
    ['2B033', 'Bastia'],
  ])('accepts the Corsican INSEE code %s', (inseeCode, city) => {
    const result = resolveBirthplace({ country: 'FRANCE', inseeCode });

    expect(result).toEqual({
      ok: true,
      value: {
        birthCountry: 'France',
        birthINSEECode: inseeCode.toUpperCase(),
        birthPostalCode: null,
        birthCity: city,
      },
    });
  });

  it('accepts the code of a delegated commune with its own name', () => {
    const result = resolveBirthplace({ country: 'France', inseeCode: '01039' });

    expect(result.ok && result.value.birthCity).toBe('Béon');
  });

  it('leads a former code (Corsica before 1976) to the current commune', () => {
    const result = resolveBirthplace({ country: 'France', inseeCode: '20004' });

    expect(result.ok && result.value).toEqual({
      birthCountry: 'France',
      birthINSEECode: '2A004',
      birthPostalCode: null,
      birthCity: 'Ajaccio',
    });
  });

  it('gives back the leading zero a spreadsheet dropped', () => {
    const result = resolveBirthplace({ inseeCode: '1001' });

    expect(result.ok && result.value.birthCity).toBe("L'Abergement-Clémenciat");
  });

  it('refuses an INSEE code that does not exist', () => {
    expect(resolveBirthplace({ country: 'France', inseeCode: '75999' })).toEqual({
      ok: false,
      problems: [
        { field: 'birthINSEECode', code: 'BIRTH_INSEE_CODE_NOT_FOUND', message: 'Le code INSEE 75999 n’existe pas.' },
      ],
    });
  });

  it.each(['750', '750567', 'ABCDE', '2C004', '99'])('refuses the malformed INSEE code %s', (inseeCode) => {
    const result = resolveBirthplace({ country: 'France', inseeCode });

    expect(!result.ok && result.problems.map((problem) => problem.code)).toEqual(['BIRTH_INSEE_CODE_INVALID']);
  });

  it('refuses a country code given as the commune of a French birth', () => {
    const result = resolveBirthplace({ country: 'France', inseeCode: '99350' });

    expect(!result.ok && result.problems[0]?.message).toBe(
      'Le code INSEE 99350 désigne un pays (Maroc), pas une commune française : vérifiez le pays ou le code INSEE.',
    );
  });

  it('accepts a postal code with the matching commune name, spelled loosely, and writes the official name', () => {
    const result = resolveBirthplace({ country: 'France', postalCode: '42100', city: 'ST ETIENNE' });

    expect(result).toEqual({
      ok: true,
      value: { birthCountry: 'France', birthINSEECode: null, birthPostalCode: '42100', birthCity: 'Saint-Étienne' },
    });
  });

  it('means France when the country is empty and a postal code is given', () => {
    const result = resolveBirthplace({ postalCode: '69110', city: 'Ste Foy les Lyon' });

    expect(result.ok && result.value.birthCity).toBe('Sainte-Foy-lès-Lyon');
  });

  it('finds the right commune under a postal code shared by several', () => {
    expect(findCommunesByPostalCode('01400').length).toBeGreaterThan(5);

    const result = resolveBirthplace({ country: 'France', postalCode: '01400', city: 'chatillon sur chalaronne' });

    expect(result.ok && result.value.birthCity).toBe('Châtillon-sur-Chalaronne');
  });

  it('accepts a delegated commune under its chef-lieu’s postal code, ligature included', () => {
    const result = resolveBirthplace({ country: 'France', postalCode: '14340', city: 'Crevecoeur en Auge' });

    expect(result.ok && result.value.birthCity).toBe('Crèvecœur-en-Auge');
  });

  it('accepts the former name of a commune merged under a new name', () => {
    expect(findCommuneByInseeCode('01138')?.name).toBe('Culoz-Béon');

    const result = resolveBirthplace({ country: 'France', postalCode: '01350', city: 'Culoz' });

    expect(result.ok && result.value.birthCity).toBe('Culoz');
  });

  it('refuses a postal code that does not match the commune', () => {
    expect(resolveBirthplace({ country: 'France', postalCode: '75001', city: 'Lyon' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'birthPostalCode',
          code: 'BIRTH_POSTAL_CODE_CITY_MISMATCH',
          message: 'Le code postal 75001 ne correspond pas à la commune « Lyon ».',
        },
      ],
    });
  });

  it('refuses a postal code that does not exist', () => {
    const result = resolveBirthplace({ country: 'France', postalCode: '00001', city: 'Nulle-Part' });

    expect(!result.ok && result.problems[0]).toEqual({
      field: 'birthPostalCode',
      code: 'BIRTH_POSTAL_CODE_NOT_FOUND',
      message: 'Le code postal 00001 n’existe pas.',
    });
  });

  it('refuses a postal code without the commune name', () => {
    const result = resolveBirthplace({ country: 'France', postalCode: '75001' });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTH_CITY_REQUIRED');
  });

  it('refuses both an INSEE code and a postal code', () => {
    const result = resolveBirthplace({ country: 'France', inseeCode: '75056', postalCode: '75001', city: 'Paris' });

    expect(!result.ok && result.problems).toEqual([
      {
        field: 'birthINSEECode',
        code: 'BIRTH_INSEE_CODE_AND_POSTAL_CODE_EXCLUSIVE',
        message:
          'Indiquez soit le code INSEE de la commune de naissance, soit son code postal et son nom, mais pas les deux : le code INSEE 75056 est accompagné d’un code postal.',
      },
    ]);
  });

  it('refuses an INSEE code with a commune name', () => {
    const result = resolveBirthplace({ country: 'France', inseeCode: '75056', city: 'Paris' });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTH_INSEE_CODE_AND_POSTAL_CODE_EXCLUSIVE');
  });

  it('refuses France with a commune name alone', () => {
    const result = resolveBirthplace({ country: 'France', city: 'Paris' });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTH_INSEE_CODE_OR_POSTAL_CODE_REQUIRED');
  });
});

describe('resolveBirthplace, born abroad', () => {
  it('replaces the INSEE code by the country’s and keeps the city as typed', () => {
    expect(resolveBirthplace({ country: 'maroc', inseeCode: '99', city: 'Casablanca' })).toEqual({
      ok: true,
      value: { birthCountry: 'Maroc', birthINSEECode: '99350', birthPostalCode: null, birthCity: 'Casablanca' },
    });
  });

  it('accepts an empty INSEE code', () => {
    const result = resolveBirthplace({ country: 'Portugal', city: 'Porto' });

    expect(result.ok && result.value.birthINSEECode).toBe('99139');
  });

  it('finds the country from its INSEE code when the country is empty', () => {
    const result = resolveBirthplace({ inseeCode: '99352', city: 'Oran' });

    expect(result.ok && result.value.birthCountry).toBe('Algérie');
  });

  it('refuses a postal code', () => {
    expect(resolveBirthplace({ country: 'Belgique', postalCode: '1000', city: 'Bruxelles' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'birthPostalCode',
          code: 'BIRTH_POSTAL_CODE_MUST_BE_EMPTY',
          message: 'Le code postal doit rester vide pour une naissance à l’étranger (Belgique).',
        },
      ],
    });
  });

  it('refuses an INSEE code other than 99', () => {
    const result = resolveBirthplace({ country: 'Tunisie', inseeCode: '75056', city: 'Tunis' });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTH_INSEE_CODE_INVALID');
  });

  it('requires the city, and reports every problem at once', () => {
    const result = resolveBirthplace({ country: 'Suisse', postalCode: '1200' });

    expect(!result.ok && result.problems.map((problem) => problem.code)).toEqual([
      'BIRTH_CITY_REQUIRED',
      'BIRTH_POSTAL_CODE_MUST_BE_EMPTY',
    ]);
  });
});

describe('resolveBirthplace, country', () => {
  it('refuses an unknown country', () => {
    expect(resolveBirthplace({ country: 'Atlantide', city: 'Poseidonia' })).toEqual({
      ok: false,
      problems: [
        { field: 'birthCountry', code: 'BIRTH_COUNTRY_NOT_FOUND', message: 'Le pays « Atlantide » n’est pas reconnu.' },
      ],
    });
  });

  it('requires the country when only a city is given', () => {
    const result = resolveBirthplace({ city: 'Casablanca' });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTH_COUNTRY_REQUIRED');
  });

  it('requires at least one birth field', () => {
    const result = resolveBirthplace({ country: ' ', inseeCode: null });

    expect(!result.ok && result.problems[0]?.code).toBe('BIRTHPLACE_REQUIRED');
  });
});
