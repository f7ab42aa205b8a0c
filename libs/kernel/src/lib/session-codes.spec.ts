import { seededRandomInt } from './random-code';
import { secureRandomInt } from './secure-random';
import {
  formatInvigilatorPassword,
  generateAccessCode,
  generateInvigilatorPassword,
  isAccessCode,
  isVerificationCode,
  parseInvigilatorPassword,
  SESSION_CODE_DIGITS,
  SESSION_CODE_LETTERS,
  VERIFICATION_CODE_ALPHABET,
} from './session-codes';

describe('session codes (rules §2.2, §2.3)', () => {
  it('uses 17 letters without vowels nor L N S Z, and 7 digits without 0 1 5', () => {
    expect(SESSION_CODE_LETTERS).toHaveLength(17);
    expect(SESSION_CODE_LETTERS).not.toMatch(/[AEIOULNSZ]/);
    expect(SESSION_CODE_DIGITS).toBe('2346789');
  });

  it('makes access codes of 4 letters then 2 digits, like TQVF63', () => {
    const codes = Array.from({ length: 200 }, () => generateAccessCode());

    for (const code of codes) expect(code).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/);
    expect(isAccessCode('TQVF63')).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it.each(['TQVF6', 'TQVF635', 'AQVF63', 'TQVF53', 'tqvf63', 'TQ VF63'])(
    'does not take %p for an access code',
    (value) => {
      expect(isAccessCode(value)).toBe(false);
    },
  );

  it('is reproducible with a seeded source', () => {
    expect(generateAccessCode(seededRandomInt(3))).toBe(generateAccessCode(seededRandomInt(3)));
  });

  it('makes 5-character invigilator passwords shown as C-XXXXX, like C-24WB4', () => {
    const password = generateInvigilatorPassword();

    expect(password).toMatch(/^[2346789BCDFGHJKMPQRTVWXY]{5}$/);
    expect(formatInvigilatorPassword('24WB4')).toBe('C-24WB4');
  });

  it.each([
    ['C-24WB4', '24WB4'],
    ['24WB4', '24WB4'],
    [' c-24wb4 ', '24WB4'],
    ['C.12846', null],
    ['C-24WB', null],
    ['C-24WB41', null],
    ['C-24AB4', null],
  ])('reads the typed password %p as %p', (input, expected) => {
    expect(parseInvigilatorPassword(input)).toBe(expected);
  });
});

describe(secureRandomInt.name, () => {
  it('stays in range and reaches every value', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const value = secureRandomInt(7);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
      seen.add(value);
    }

    expect(seen.size).toBe(7);
  });

  it('refuses an empty range', () => {
    expect(() => secureRandomInt(0)).toThrow(RangeError);
  });
});

describe(isVerificationCode.name, () => {
  it('accepts P- and 8 characters of the 24 symbols, and nothing else', () => {
    expect(VERIFICATION_CODE_ALPHABET).toBe('2346789BCDFGHJKMPQRTVWXY');
    expect(isVerificationCode('P-BCDFGHJK')).toBe(true);
    expect(isVerificationCode('P-Y468ACDE')).toBe(false);
    expect(isVerificationCode('P-BCDFGHJ')).toBe(false);
    expect(isVerificationCode('p-bcdfghjk')).toBe(false);
  });
});
