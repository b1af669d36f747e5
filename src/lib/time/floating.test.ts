import { UTCDateMini } from '@date-fns/utc/date/mini';
import { lightFormat } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFloatingDays,
  floatingDayKey,
  formatFloating,
  isFloatingIso,
  parseDayKey,
  parseFloating,
  startOfFloatingDay,
  toGregorianIso,
  toJulianIso,
} from './floating';

describe('parseFloating', () => {
  it('reads a day, a minute and a second as wall-clock times on the UTC axis', () => {
    expect(parseFloating('1917-11-07')).toBe(Date.UTC(1917, 10, 7));
    expect(parseFloating('1917-11-07T22:40')).toBe(Date.UTC(1917, 10, 7, 22, 40));
    expect(parseFloating('1917-11-07T22:40:05')).toBe(Date.UTC(1917, 10, 7, 22, 40, 5));
  });

  it.each([
    ['1917-11-31', /"1917-11-31": November has 30 days/],
    ['1917-02-29', /"1917-02-29": February 1917 has 28 days in the Gregorian calendar/],
    ['1917-13-01', /"1917-13-01": there is no month 13/],
    ['1917-11-07T24:00', /"1917-11-07T24:00": the time must lie between 00:00:00 and 23:59:59/],
    ['1917-11-07T22:60', /"1917-11-07T22:60"/],
    ['1917-11-07T22:40Z', /"1917-11-07T22:40Z": expected YYYY-MM-DD/],
    ['1917-11-07T22:40+03:00', /"1917-11-07T22:40\+03:00": expected/],
    ['1917-11-07T22:40:00.000', /"1917-11-07T22:40:00.000"/],
    ['1917-11-07 22:40', /"1917-11-07 22:40"/],
    ['1917-11-7', /"1917-11-7"/],
    ['', /Not a floating date-time: "": expected/],
  ])('rejects %j, naming it', (input, message) => {
    expect(() => parseFloating(input)).toThrow(RangeError);
    expect(() => parseFloating(input)).toThrow(message);
    expect(isFloatingIso(input)).toBe(false);
  });

  it('round-trips with formatFloating for every minute of the supported years', () => {
    const minutes = fc.integer({
      min: Date.UTC(1582, 0, 1) / 60_000,
      max: Date.UTC(2100, 11, 31, 23, 59) / 60_000,
    });
    fc.assert(
      fc.property(minutes, (minute) => {
        const ms = minute * 60_000;
        const iso = formatFloating(ms);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        expect(parseFloating(iso)).toBe(ms);
      }),
    );
  });
});

describe('formatFloating', () => {
  it('writes a day, a minute or a second', () => {
    const ms = Date.UTC(1917, 10, 7, 22, 40, 5);
    expect(formatFloating(ms)).toBe('1917-11-07T22:40');
    expect(formatFloating(ms, 'day')).toBe('1917-11-07');
    expect(formatFloating(ms, 'second')).toBe('1917-11-07T22:40:05');
  });

  it('rejects a time that is not a finite number', () => {
    expect(() => formatFloating(Number.NaN)).toThrow('Not a floating date-time: NaN');
  });

  it("writes what date-fns's lightFormat writes, for every second of years 1 to 9999 and beyond", () => {
    const patterns = {
      day: 'yyyy-MM-dd',
      minute: "yyyy-MM-dd'T'HH:mm",
      second: "yyyy-MM-dd'T'HH:mm:ss",
    };
    const ms = fc.integer({ min: Date.UTC(-200, 0, 1), max: Date.UTC(10_100, 0, 1) });
    const unit = fc.constantFrom('day', 'minute', 'second') as fc.Arbitrary<keyof typeof patterns>;
    fc.assert(
      fc.property(ms, unit, (time, which) => {
        expect(formatFloating(time, which)).toBe(
          lightFormat(new UTCDateMini(time), patterns[which]),
        );
      }),
      { numRuns: 2000 },
    );
    // Date.UTC reads years 0–99 as 1900–1999.
    const yearFive = new Date(Date.UTC(2000, 0, 1, 3, 4)).setUTCFullYear(5);
    expect(formatFloating(yearFive)).toBe('0005-01-01T03:04');
  });
});

describe('day helpers', () => {
  it('floatingDayKey gives the day of a time on the axis', () => {
    expect(floatingDayKey(Date.UTC(1917, 10, 8, 0, 0))).toBe('1917-11-08');
    expect(floatingDayKey(Date.UTC(1917, 10, 8, 23, 59))).toBe('1917-11-08');
  });

  it('parseDayKey reads a day key and refuses a time', () => {
    expect(parseDayKey('1917-11-08')).toEqual({ year: 1917, month: 11, day: 8 });
    expect(() => parseDayKey('1917-11-08T10:00')).toThrow(
      '"1917-11-08T10:00": expected a day key YYYY-MM-DD with no time',
    );
  });

  it('startOfFloatingDay goes back to floating midnight', () => {
    expect(startOfFloatingDay(Date.UTC(1917, 10, 7, 22, 40))).toBe(Date.UTC(1917, 10, 7));
    expect(startOfFloatingDay(Date.UTC(1917, 10, 7))).toBe(Date.UTC(1917, 10, 7));
  });

  it('startOfFloatingDay finds the UTC midnight before any moment, before 1970 as after', () => {
    // The oracle: the day's midnight as the UTC calendar writes it.
    const midnight = (ms: number) => {
      const date = new Date(ms);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    };
    const moments = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2500, 0, 1) });
    fc.assert(fc.property(moments, (ms) => startOfFloatingDay(ms) === midnight(ms)));
  });

  it('addFloatingDays crosses months and years and keeps the clock time', () => {
    expect(addFloatingDays(Date.UTC(1917, 10, 30, 22, 40), 1)).toBe(Date.UTC(1917, 11, 1, 22, 40));
    expect(addFloatingDays(Date.UTC(1917, 11, 31, 6), 1)).toBe(Date.UTC(1918, 0, 1, 6));
    expect(addFloatingDays(Date.UTC(1917, 10, 1), -1)).toBe(Date.UTC(1917, 9, 31));
    expect(() => addFloatingDays(0, 0.5)).toThrow('Not a whole number of days: 0.5');
  });
});

describe('toJulianIso and toGregorianIso', () => {
  it('convert the date and keep the time part as written', () => {
    expect(toJulianIso('1917-11-07')).toBe('1917-10-25');
    expect(toJulianIso('1917-11-07T22:40')).toBe('1917-10-25T22:40');
    expect(toJulianIso('1917-11-07T22:40:05')).toBe('1917-10-25T22:40:05');
    expect(toJulianIso('1918-02-14T00:00')).toBe('1918-02-01T00:00');
    expect(toGregorianIso('1917-10-25T22:40')).toBe('1917-11-07T22:40');
  });

  it('read 29 February 1900 as Julian only', () => {
    expect(toGregorianIso('1900-02-29T12:00')).toBe('1900-03-13T12:00');
    expect(() => toJulianIso('1900-02-29')).toThrow(
      '"1900-02-29": February 1900 has 28 days in the Gregorian calendar',
    );
  });

  it('name the date outside the supported range', () => {
    expect(() => toJulianIso('1500-01-01T10:00')).toThrow(
      'Gregorian date 1500-01-01 is outside the supported range',
    );
  });
});
