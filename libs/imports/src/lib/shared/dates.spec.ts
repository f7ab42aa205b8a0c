import { parseFrenchDate, parseIsoDate, toFrenchDate } from './dates';

describe('parseFrenchDate', () => {
  it.each([
    ['15/03/2008', '2008-03-15'],
    ['5/3/2008', '2008-03-05'],
    ['05-03-2008', '2008-03-05'],
    ['05.03.2008', '2008-03-05'],
    [' 2008-03-05 ', '2008-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseFrenchDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each(['29/02/2023', '29/02/1900', '31/02/2010', '31/04/2010', '00/01/2010', '12/13/2010'])(
    'refuses %s, a date that does not exist',
    (raw) => {
      expect(parseFrenchDate(raw)).toEqual({ ok: false, reason: 'nonexistent' });
    },
  );

  it.each(['12/03/10', '2010/03/12', 'hier', '', '12 mars 2010'])('refuses %s as badly formatted', (raw) => {
    expect(parseFrenchDate(raw)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseIsoDate', () => {
  it('accepts only YYYY-MM-DD', () => {
    expect(parseIsoDate('2008-03-15')).toEqual({ ok: true, value: '2008-03-15' });
    expect(parseIsoDate('15/03/2008')).toEqual({ ok: false, reason: 'format' });
    expect(parseIsoDate('2008-3-15')).toEqual({ ok: false, reason: 'format' });
    expect(parseIsoDate('2023-02-29')).toEqual({ ok: false, reason: 'nonexistent' });
  });
});

describe('toFrenchDate', () => {
  it('writes jj/mm/aaaa', () => {
    expect(toFrenchDate('2008-03-05')).toBe('05/03/2008');
  });
});
