import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SUPPORTED_JDN,
  MIN_SUPPORTED_JDN,
  daysInMonth,
  explainInvalidDate,
  gregorianToJdn,
  gregorianToJulian,
  isValidGregorianDate,
  isValidJulianDate,
  jdnToGregorian,
  jdnToJulian,
  julianToGregorian,
  julianToJdn,
} from './julianDay';

const UNIX_EPOCH_JDN = 2440588;
const MS_PER_DAY = 86_400_000;

const supportedJdn = fc.integer({ min: MIN_SUPPORTED_JDN, max: MAX_SUPPORTED_JDN });

/**
 * How many days the Gregorian calendar is ahead of the Julian on the day `jdn`:
 * the Julian date read as if it were Gregorian lies that many days earlier.
 * (Undefined on a Julian-only 29 February, which the tests below avoid.)
 */
function calendarDifference(jdn: number): number {
  const { year, month, day } = jdnToJulian(jdn);
  return jdn - gregorianToJdn(year, month, day);
}

describe('Julian Day Numbers', () => {
  it('match published values for well-known days', () => {
    expect(gregorianToJdn(2000, 1, 1)).toBe(2451545); // J2000.0 falls at noon of this day
    expect(gregorianToJdn(1858, 11, 17)).toBe(2400001); // Modified Julian Date 0
    expect(gregorianToJdn(1970, 1, 1)).toBe(UNIX_EPOCH_JDN);
    expect(julianToJdn(1582, 10, 4)).toBe(2299160);
    expect(gregorianToJdn(1582, 10, 15)).toBe(2299161);
  });

  it('agree with Date.UTC for every supported Gregorian day', () => {
    fc.assert(
      fc.property(supportedJdn, (jdn) => {
        const ms = (jdn - UNIX_EPOCH_JDN) * MS_PER_DAY;
        const date = new Date(ms);
        const expected = {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        };
        expect(jdnToGregorian(jdn)).toEqual(expected);
        expect(gregorianToJdn(expected.year, expected.month, expected.day)).toBe(jdn);
      }),
    );
  });

  it('step the Julian calendar one day at a time, with 29 February every fourth year', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SUPPORTED_JDN, max: MAX_SUPPORTED_JDN - 1 }), (jdn) => {
        const today = jdnToJulian(jdn);
        const tomorrow = jdnToJulian(jdn + 1);
        if (today.day < daysInMonth('julian', today.year, today.month)) {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        } else if (today.month < 12) {
          expect(tomorrow).toEqual({ year: today.year, month: today.month + 1, day: 1 });
        } else {
          expect(tomorrow).toEqual({ year: today.year + 1, month: 1, day: 1 });
        }
      }),
    );
  });
});

describe('gregorianToJulian and julianToGregorian', () => {
  it('give 7 November 1917 N.S. for 25 October 1917 O.S.', () => {
    expect(julianToGregorian({ year: 1917, month: 10, day: 25 })).toEqual({
      year: 1917,
      month: 11,
      day: 7,
    });
    expect(gregorianToJulian({ year: 1917, month: 11, day: 7 })).toEqual({
      year: 1917,
      month: 10,
      day: 25,
    });
  });

  it('put 14 February 1918 N.S. the day after 31 January 1918 O.S.', () => {
    expect(gregorianToJdn(1918, 2, 14)).toBe(julianToJdn(1918, 1, 31) + 1);
    // 1 February O.S. was never used in Russia; it would have been 14 February N.S.
    expect(julianToGregorian({ year: 1918, month: 2, day: 1 })).toEqual({
      year: 1918,
      month: 2,
      day: 14,
    });
  });

  it('put 15 October 1582 Gregorian the day after 4 October 1582 Julian', () => {
    expect(gregorianToJdn(1582, 10, 15)).toBe(julianToJdn(1582, 10, 4) + 1);
    expect(julianToGregorian({ year: 1582, month: 10, day: 4 })).toEqual({
      year: 1582,
      month: 10,
      day: 14,
    });
  });

  it.each([
    [1700, 11],
    [1800, 12],
    [1900, 13],
  ])(
    'treat 29 February %i as a Julian date only, equal to Gregorian %i March',
    (year, marchDay) => {
      expect(isValidJulianDate(year, 2, 29)).toBe(true);
      expect(isValidGregorianDate(year, 2, 29)).toBe(false);
      expect(julianToGregorian({ year, month: 2, day: 29 })).toEqual({
        year,
        month: 3,
        day: marchDay,
      });
      expect(() => gregorianToJulian({ year, month: 2, day: 29 })).toThrow(
        `${year}-02-29 is not a date in the Gregorian calendar: February ${year} has 28 days`,
      );
    },
  );

  it('treat 2000 as a leap year in both calendars', () => {
    expect(isValidGregorianDate(2000, 2, 29)).toBe(true);
    expect(isValidJulianDate(2000, 2, 29)).toBe(true);
    expect(gregorianToJulian({ year: 2000, month: 2, day: 29 })).toEqual({
      year: 2000,
      month: 2,
      day: 16,
    });
    expect(julianToGregorian({ year: 2000, month: 2, day: 29 })).toEqual({
      year: 2000,
      month: 3,
      day: 13,
    });
  });

  it('round-trip Julian → Gregorian → Julian and back over the whole supported range', () => {
    fc.assert(
      fc.property(supportedJdn, (jdn) => {
        const julian = jdnToJulian(jdn);
        const gregorian = jdnToGregorian(jdn);
        expect(julianToGregorian(julian)).toEqual(gregorian);
        expect(gregorianToJulian(julianToGregorian(julian))).toEqual(julian);
        expect(julianToGregorian(gregorianToJulian(gregorian))).toEqual(gregorian);
      }),
    );
  });

  it('accept every date written with a year from 1582 to 2100 in either calendar', () => {
    expect(gregorianToJulian({ year: 1582, month: 1, day: 1 })).toEqual({
      year: 1581,
      month: 12,
      day: 22,
    });
    expect(julianToGregorian({ year: 2100, month: 12, day: 31 })).toEqual({
      year: 2101,
      month: 1,
      day: 14,
    });
  });
});

describe('the difference between the calendars', () => {
  const daysBetween = (first: number, last: number) => fc.integer({ min: first, max: last });

  it('is 10 days throughout 1583', () => {
    fc.assert(
      fc.property(
        daysBetween(gregorianToJdn(1583, 1, 1), gregorianToJdn(1583, 12, 31)),
        (jdn) => calendarDifference(jdn) === 10,
      ),
    );
  });

  it('becomes 11 days after February 1700', () => {
    expect(calendarDifference(julianToJdn(1700, 2, 28))).toBe(10);
    fc.assert(
      fc.property(
        daysBetween(julianToJdn(1700, 3, 1), julianToJdn(1800, 2, 28)),
        (jdn) => calendarDifference(jdn) === 11,
      ),
    );
  });

  it('becomes 12 days after February 1800', () => {
    fc.assert(
      fc.property(
        daysBetween(julianToJdn(1800, 3, 1), julianToJdn(1900, 2, 28)),
        (jdn) => calendarDifference(jdn) === 12,
      ),
    );
  });

  it('is 13 days from 1 March 1900 O.S. (14 March N.S.) through 28 February 2100 O.S.', () => {
    expect(julianToJdn(1900, 3, 1)).toBe(gregorianToJdn(1900, 3, 14));
    fc.assert(
      fc.property(
        daysBetween(julianToJdn(1900, 3, 1), julianToJdn(2100, 2, 28)),
        (jdn) => calendarDifference(jdn) === 13,
      ),
    );
    expect(calendarDifference(julianToJdn(2100, 3, 1))).toBe(14);
  });
});

describe('validation and range', () => {
  it('rejects impossible dates with the reason', () => {
    expect(explainInvalidDate('gregorian', { year: 1917, month: 11, day: 31 })).toBe(
      'November has 30 days',
    );
    expect(explainInvalidDate('gregorian', { year: 1917, month: 13, day: 1 })).toBe(
      'there is no month 13',
    );
    expect(explainInvalidDate('julian', { year: 1917, month: 2, day: 0 })).toBe(
      'days of the month start at 1',
    );
    expect(explainInvalidDate('julian', { year: 1917, month: 2, day: 28.5 })).toBe(
      'year, month and day must be whole numbers',
    );
    expect(() => gregorianToJdn(1917, 11, 31)).toThrow(RangeError);
  });

  it('names the date outside the supported range', () => {
    expect(() => gregorianToJdn(1581, 12, 31)).toThrow(
      /^Gregorian date 1581-12-31 is outside the supported range: years 1582–2100/,
    );
    expect(() => julianToJdn(2101, 1, 1)).toThrow(
      /^Julian date 2101-01-01 is outside the supported range/,
    );
    expect(() => jdnToJulian(MAX_SUPPORTED_JDN + 1)).toThrow(
      `Julian Day Number ${MAX_SUPPORTED_JDN + 1} is outside the supported range`,
    );
    expect(() => jdnToGregorian(MIN_SUPPORTED_JDN - 1)).toThrow(RangeError);
  });
});
