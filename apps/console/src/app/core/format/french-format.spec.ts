import {
  formatBirthdate,
  formatDate,
  formatDateTime,
  formatExtraTime,
  formatLongDate,
  formatTime,
} from './french-format';

const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

describe('French formatting', () => {
  describe(formatDate.name, () => {
    it.each([
      ['2027-04-14', '14 avril 2027'],
      ['2027-01-01', '1 janvier 2027'],
      ['2026-12-31', '31 décembre 2026'],
    ])('writes the calendar day %s as « %s », whatever the time zone', (iso, expected) => {
      expect(formatDate(iso)).toBe(expected);
    });

    it('leaves what is not a calendar day as it came', () => {
      expect(formatDate('2027-02-30')).toBe('2027-02-30');
      expect(formatDate('14/04/2027')).toBe('14/04/2027');
    });
  });

  it('names the weekday in the long form', () => {
    expect(formatLongDate('2027-04-14')).toBe('mercredi 14 avril 2027');
  });

  it.each([
    ['13:30', '13 h 30'],
    ['09:00', '9 h 00'],
    ['00:05', '0 h 05'],
  ])('writes the time %s as « %s » with non-breaking spaces', (time, expected) => {
    expect(plain(formatTime(time))).toBe(expected);
    expect(formatTime(time)).not.toContain(' ');
  });

  it('writes a birthdate as JJ/MM/AAAA without going through a Date', () => {
    expect(formatBirthdate('2011-03-07')).toBe('07/03/2011');
  });

  it('writes an instant in Paris time', () => {
    expect(formatDateTime('2027-04-14T08:05:00.000Z')).toBe('14 avril 2027 à 10:05');
  });

  it.each([
    [0.3, '30 %'],
    [0.333, '33,3 %'],
    [1, '100 %'],
  ])('writes the extra time fraction %d as « %s »', (fraction, expected) => {
    expect(plain(formatExtraTime(fraction))).toBe(expected);
  });

  it('has no extra time to write for none or zero', () => {
    expect(formatExtraTime(null)).toBeNull();
    expect(formatExtraTime(0)).toBeNull();
  });
});
