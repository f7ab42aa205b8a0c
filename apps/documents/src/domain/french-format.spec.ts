import {
  formatDuration,
  formatLongDate,
  formatNumericDate,
  formatPercentage,
  formatShortDate,
  formatTime,
  isCalendarDate,
  isTimeOfDay,
  truncate,
} from './french-format';

describe('French formats', () => {
  describe(formatLongDate.name, () => {
    it('spells out the weekday, the day, the month and the year', () => {
      expect(formatLongDate('2099-03-16')).toBe('lundi 16 mars 2099');
      expect(formatLongDate('2022-04-29')).toBe('vendredi 29 avril 2022');
    });

    it('writes the first of the month "1er"', () => {
      expect(formatLongDate('2099-03-01')).toBe('dimanche 1er mars 2099');
    });

    it('keeps the calendar date whatever the time zone of the process (UTC formatting)', () => {
      expect(formatLongDate('2099-12-31')).toBe('jeudi 31 décembre 2099');
      expect(formatLongDate('2100-01-01')).toBe('vendredi 1er janvier 2100');
    });

    it('refuses what is not a calendar date', () => {
      expect(() => formatLongDate('2099-02-30')).toThrow('not a calendar date');
      expect(() => formatLongDate('16/03/2099')).toThrow('not a calendar date');
    });
  });

  it('abbreviates the month on the invigilator kit', () => {
    expect(formatShortDate('2022-04-29')).toBe('29 avr. 2022');
    expect(formatShortDate('2099-05-01')).toBe('1er mai 2099');
  });

  it('writes birthdates JJ/MM/AAAA', () => {
    expect(formatNumericDate('2005-05-20')).toBe('20/05/2005');
    expect(() => formatNumericDate('2005-13-01')).toThrow('not a calendar date');
  });

  it('writes times HHhMM', () => {
    expect(formatTime('14:30')).toBe('14h30');
    expect(formatTime('08:05')).toBe('08h05');
    expect(() => formatTime('24:00')).toThrow('not a time of day');
  });

  it('recognises dates and times', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('7:30')).toBe(false);
  });

  it('writes durations and extra-time percentages the French way', () => {
    expect(formatDuration(105)).toBe('1 h 45');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(137)).toBe('2 h 17');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatPercentage(0.3)).toBe('30\u202F%');
    expect(formatPercentage(0.333)).toBe('33,3\u202F%');
  });

  describe(truncate.name, () => {
    it('keeps text of 21 characters or fewer', () => {
      expect(truncate('Marie-Christine Durand', 22)).toBe('Marie-Christine Durand');
      expect(truncate('ABCDEFGHIJKLMNOPQRSTU', 21)).toBe('ABCDEFGHIJKLMNOPQRSTU');
    });

    it('cuts longer text to 21 characters ending with an ellipsis', () => {
      const cut = truncate('ABCDEFGHIJKLMNOPQRSTUV', 21);

      expect(cut).toBe('ABCDEFGHIJKLMNOPQRST…');
      expect(Array.from(cut)).toHaveLength(21);
    });

    it('counts characters, not UTF-16 units, and never splits one', () => {
      expect(truncate('𝒜'.repeat(25), 21)).toBe(`${'𝒜'.repeat(20)}…`);
      expect(truncate('Éléonore-Joséphine-Adélaïde', 21)).toBe('Éléonore-Joséphine-A…');
    });

    it('does not leave a space before the ellipsis', () => {
      expect(truncate('Jean Baptiste Emmanuel Zorg', 21)).toBe('Jean Baptiste Emmanu…');
      expect(truncate('Anne-Sophie Marie     Louise', 21)).toBe('Anne-Sophie Marie…');
    });
  });
});
