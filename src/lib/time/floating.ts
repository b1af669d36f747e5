/**
 * Floating date-times: wall-clock times in Petrograd with no time zone.
 *
 * They travel as ISO strings without an offset (`1917-11-07`, `1917-11-07T22:40`,
 * `1917-11-07T22:40:00`) or as milliseconds on a UTC axis, where the wall clock is
 * read as if it were UTC. All arithmetic goes through date-fns in a UTC context
 * (`@date-fns/utc`'s `UTCDateMini`), never through local `Date`s: in 1917 Moscow ran on
 * local mean time (UTC+2:30:17), and a local midnight read in another zone can land
 * on the wrong day.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, isValid, lightFormat, parseISO, type DateArg } from 'date-fns';
import {
  explainInvalidDate,
  formatCalendarDate,
  gregorianToJulian,
  julianToGregorian,
  type Calendar,
  type CalendarDate,
} from '../calendar/julianDay';

/** How much of a floating date-time `formatFloating` writes. */
export type FloatingUnit = 'day' | 'minute' | 'second';

/**
 * date-fns's `in` context on the UTC axis, as `@date-fns/utc`'s own `utc` but with the
 * small `UTCDateMini`, which the package recommends for internal use: its `UTCDate`
 * builds three `Intl.DateTimeFormat`s as its module loads (20–40 ms of a cold page here)
 * for the `toString` family, which nothing here calls.
 */
const utc = (value: DateArg<Date> & {}) => new UTCDateMini(+new Date(value));

/** A day on the UTC axis, which has no daylight saving. */
const DAY_MS = 86_400_000;

const FLOATING_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const EXPECTED = 'expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS with no time zone';

function notFloating(value: unknown, why: string): RangeError {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  return new RangeError(`Not a floating date-time: ${shown}: ${why}`);
}

/** Splits and checks a floating ISO string; the date is read in the given calendar. */
function splitFloating(iso: string, calendar: Calendar): { date: CalendarDate; time: string } {
  const match = typeof iso === 'string' ? FLOATING_PATTERN.exec(iso) : null;
  if (!match) throw notFloating(iso, EXPECTED);
  const [, year, month, day, time = '', hours, minutes, seconds = '00'] = match;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  const invalid = explainInvalidDate(calendar, date);
  if (invalid) throw notFloating(iso, invalid);
  if (time && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)) {
    throw notFloating(iso, 'the time must lie between 00:00:00 and 23:59:59');
  }
  return { date, time };
}

/** Whether the string is a valid floating date-time in the Gregorian calendar. */
export function isFloatingIso(value: string): boolean {
  try {
    splitFloating(value, 'gregorian');
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds on the UTC axis for a floating ISO string (Gregorian):
 * `parseFloating('1917-11-07T22:40') === Date.UTC(1917, 10, 7, 22, 40)`.
 * Throws a RangeError naming the string when it is malformed or not a real date.
 */
export function parseFloating(iso: string): number {
  splitFloating(iso, 'gregorian');
  const date = parseISO(iso, { in: utc });
  if (!isValid(date)) throw notFloating(iso, EXPECTED);
  return date.getTime();
}

const PATTERNS: Record<FloatingUnit, string> = {
  day: 'yyyy-MM-dd',
  minute: "yyyy-MM-dd'T'HH:mm",
  second: "yyyy-MM-dd'T'HH:mm:ss",
};

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The floating ISO string for a time on the UTC axis, to the minute unless told otherwise.
 * Years 1–9999 are written from the date's own fields: the extractor writes four of
 * these per event and date-fns's `lightFormat` (kept for any other year, as it words
 * them) was a tenth of its time.
 */
export function formatFloating(ms: number, unit: FloatingUnit = 'minute'): string {
  if (!Number.isFinite(ms)) throw notFloating(ms, 'not a finite time on the UTC axis');
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return lightFormat(new UTCDateMini(ms), PATTERNS[unit]);
  const day = `${String(year).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  if (unit === 'day') return day;
  const minute = `${day}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
  return unit === 'minute' ? minute : `${minute}:${pad2(date.getUTCSeconds())}`;
}

/** The day key (`1917-11-08`) of a time on the UTC axis. */
export function floatingDayKey(ms: number): string {
  return formatFloating(ms, 'day');
}

/** A day key (`1917-11-08`) as a Gregorian calendar date; throws for anything else. */
export function parseDayKey(dayKey: string): CalendarDate {
  const { date, time } = splitFloating(dayKey, 'gregorian');
  if (time) throw notFloating(dayKey, 'expected a day key YYYY-MM-DD with no time');
  return date;
}

/** Floating midnight at the start of the day that contains `ms`. */
export function startOfFloatingDay(ms: number): number {
  // The UTC axis has no daylight saving: every day is 24 hours (before 1970 too).
  return ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
}

/** `ms` moved by a whole number of days; the wall-clock time stays the same. */
export function addFloatingDays(ms: number, days: number): number {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return addDays(ms, days, { in: utc }).getTime();
}

/**
 * The same moment written in the Julian (Old Style) calendar, keeping the time part
 * exactly as given: `toJulianIso('1917-11-07T22:40') === '1917-10-25T22:40'`.
 */
export function toJulianIso(isoGregorian: string): string {
  const { date, time } = splitFloating(isoGregorian, 'gregorian');
  return formatCalendarDate(gregorianToJulian(date)) + time;
}

/** The inverse of `toJulianIso`: `toGregorianIso('1900-02-29') === '1900-03-13'`. */
export function toGregorianIso(isoJulian: string): string {
  const { date, time } = splitFloating(isoJulian, 'julian');
  return formatCalendarDate(julianToGregorian(date)) + time;
}
