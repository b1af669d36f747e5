import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { monthName, weekdayOf } from './names';

describe('monthName', () => {
  it('names November long and short', () => {
    expect(monthName(11, 'long')).toBe('November');
    expect(monthName(11, 'short')).toBe('Nov');
  });

  it('gives the words date-fns format gives for every month (MMMM and MMM, en-US)', () => {
    for (let month = 1; month <= 12; month++) {
      const first = new UTCDate(2000, month - 1, 1);
      expect(monthName(month, 'long')).toBe(format(first, 'MMMM'));
      expect(monthName(month, 'short')).toBe(format(first, 'MMM'));
    }
  });

  it('refuses a month number outside 1 to 12, naming it', () => {
    expect(() => monthName(13, 'long')).toThrow(/No month 13/);
    expect(() => monthName(0, 'short')).toThrow(/No month 0/);
  });
});

describe('weekdayOf', () => {
  it('names the day of a time on the UTC axis, not of the local day', () => {
    expect(weekdayOf(Date.UTC(1917, 10, 9), 'long')).toBe('Friday');
    expect(weekdayOf(Date.UTC(1917, 10, 9, 23, 59), 'short')).toBe('Fri');
    expect(weekdayOf(Date.UTC(1917, 10, 7, 0, 0), 'short')).toBe('Wed');
  });

  it('gives the words date-fns format gives for every weekday (EEEE and EEE, en-US)', () => {
    for (let day = 5; day <= 11; day++) {
      const ms = Date.UTC(1917, 10, day, 12);
      expect(weekdayOf(ms, 'long')).toBe(format(new UTCDate(ms), 'EEEE'));
      expect(weekdayOf(ms, 'short')).toBe(format(new UTCDate(ms), 'EEE'));
    }
  });

  it('names the days of the minutes at either end of a day, before 1970 and after', () => {
    for (const [year, month, day] of [
      [1582, 9, 15],
      [1917, 1, 31],
      [1969, 11, 31],
      [2024, 1, 29],
    ] as const) {
      for (const ms of [Date.UTC(year, month, day), Date.UTC(year, month, day, 23, 59)])
        expect(weekdayOf(ms, 'long')).toBe(format(new UTCDate(ms), 'EEEE'));
    }
  });

  it('refuses a time no day holds', () => {
    expect(() => weekdayOf(Number.NaN, 'long')).toThrow(/No day holds the time NaN/);
  });
});
