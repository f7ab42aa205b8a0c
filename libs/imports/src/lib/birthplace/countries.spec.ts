import { COUNTRIES, FRANCE_CODE } from './countries';
import { countryKey, findCountry, listCountries } from './country-index';

describe('the INSEE country table', () => {
  it('has unique 99xxx codes and about every state of the world', () => {
    const codes = COUNTRIES.map(([code]) => code);

    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^99[1-5]\d{2}$/.test(code))).toBe(true);
    expect(codes.length).toBeGreaterThanOrEqual(200);
  });

  it('never gives one spelling to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [code, ...names] of COUNTRIES) {
      for (const name of names) {
        const key = countryKey(name);
        const known = owner.get(key);
        if (known !== undefined && known !== code) clashes.push(`${name}: ${known} / ${code}`);
        owner.set(key, code);
      }
    }

    expect(clashes).toEqual([]);
  });

  it.each([
    ['France', '99100'],
    ['Allemagne', '99109'],
    ['Belgique', '99131'],
    ['Portugal', '99139'],
    ['Royaume-Uni', '99132'],
    ['Suisse', '99140'],
    ['Espagne', '99134'],
    ['Italie', '99127'],
    ['Pologne', '99122'],
    ['Roumanie', '99114'],
    ['Ukraine', '99155'],
    ['Russie', '99123'],
    ['Turquie', '99208'],
    ['Maroc', '99350'],
    ['Algérie', '99352'],
    ['Tunisie', '99351'],
    ['Sénégal', '99341'],
    ['Mali', '99335'],
    ['Côte d’Ivoire', '99326'],
    ['Cameroun', '99322'],
    ['République démocratique du Congo', '99312'],
    ['Congo', '99324'],
    ['Madagascar', '99333'],
    ['Comores', '99397'],
    ['Chine', '99216'],
    ['Viêt Nam', '99243'],
    ['Sri Lanka', '99235'],
    ['Afghanistan', '99212'],
    ['Syrie', '99206'],
    ['États-Unis', '99404'],
    ['Canada', '99401'],
    ['Brésil', '99416'],
    ['Haïti', '99410'],
    ['Chypre', '99254'],
    ['Corée du Sud', '99239'],
    ['Soudan du Sud', '99349'],
  ])('gives %s the INSEE code %s', (name, code) => {
    expect(findCountry(name)?.code).toBe(code);
  });

  it('covers every member of the European Union and the EEA', () => {
    const europe = [
      'Allemagne',
      'Autriche',
      'Belgique',
      'Bulgarie',
      'Chypre',
      'Croatie',
      'Danemark',
      'Espagne',
      'Estonie',
      'Finlande',
      'France',
      'Grèce',
      'Hongrie',
      'Irlande',
      'Italie',
      'Lettonie',
      'Lituanie',
      'Luxembourg',
      'Malte',
      'Pays-Bas',
      'Pologne',
      'Portugal',
      'Tchéquie',
      'Roumanie',
      'Slovaquie',
      'Slovénie',
      'Suède',
      'Islande',
      'Liechtenstein',
      'Norvège',
    ];

    expect(europe.filter((name) => findCountry(name) === undefined)).toEqual([]);
  });
});

describe('findCountry', () => {
  it.each([
    ['  france ', '99100'],
    ['LA FRANCE', '99100'],
    ['cote d ivoire', '99326'],
    ['CÔTE-D’IVOIRE', '99326'],
    ["Cote d'Ivoire", '99326'],
    ['royaume uni', '99132'],
    ['Angleterre', '99132'],
    ['USA', '99404'],
    ['etats unis', '99404'],
    ['République tchèque', '99116'],
    ['Guadeloupe', '99100'],
    ['99350', '99350'],
    ['350', '99350'],
  ])('finds « %s » (%s)', (typed, code) => {
    expect(findCountry(typed)?.code).toBe(code);
  });

  it.each(['Atlantide', '99999', '', 'Paris'])('finds nothing for « %s »', (typed) => {
    expect(findCountry(typed)).toBeUndefined();
  });
});

describe('listCountries', () => {
  it('puts France first then sorts by name', () => {
    const names = listCountries().map((country) => country.name);

    expect(listCountries()[0]?.code).toBe(FRANCE_CODE);
    expect(names.indexOf('Afghanistan')).toBeLessThan(names.indexOf('Afrique du Sud'));
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
  });
});
