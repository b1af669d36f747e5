/**
 * Julian Day Numbers and conversions between the Gregorian ("New Style") and
 * Julian ("Old Style") calendars. Russia kept the Julian calendar until
 * 31 January 1918 O.S., which was followed by 14 February 1918 N.S.
 *
 * The conversions are E. G. Richards' algorithms, which are integer-only and
 * treat both calendars with one set of parameters:
 *   E. G. Richards, "Calendars", in S. E. Urban & P. K. Seidelmann (eds.),
 *   Explanatory Supplement to the Astronomical Almanac, 3rd ed. (2013), §15.11,
 *   Algorithm 3 (date → JDN) and Algorithm 4 (JDN → date), with the parameters
 *   of Table 15.14 (y = 4716, j = 1401, m = 2, n = 12, r = 4, p = 1461, v = 3,
 *   u = 5, s = 153, w = 2; Gregorian correction B = 274277, C = −38, A = 184).
 * For the Gregorian calendar they give the same results as Fliegel & Van Flandern,
 * Communications of the ACM 11 (1968) 657; the tests check them against `Date.UTC`.
 *
 * Both calendars are proleptic: Gregorian 10 October 1582 and Julian 10 October 1900
 * are valid dates even though no country wrote them. A JDN counts whole days; the
 * JDN of a day is the Julian Date at its noon.
 */

/** A calendar date; `month` is 1-based (1 = January). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar a date is in: New Style (Gregorian) or Old Style (Julian). The one such type. */
export type Calendar = 'gregorian' | 'julian';

// Richards' parameters, shared by both calendars (Table 15.14).
const y = 4716;
const j = 1401;
const m = 2;
const n = 12;
const r = 4;
const p = 1461;
const v = 3;
const u = 5;
const s = 153;
const w = 2;
// Gregorian correction.
const A = 184;
const B = 274277;
const C = -38;

/** Floor division; every operand here is positive in the supported range, but stay safe. */
const div = (a: number, b: number) => Math.floor(a / b);
const mod = (a: number, b: number) => ((a % b) + b) % b;

function toJdn(calendar: Calendar, { year, month, day }: CalendarDate): number {
  const h = month - m;
  const g = year + y - div(n - h, n);
  const f = mod(h - 1 + n, n);
  const e = div(p * g, r) + day - 1 - j;
  let jdn = e + div(s * f + w, u);
  if (calendar === 'gregorian') jdn = jdn - div(3 * div(g + A, 100), 4) - C;
  return jdn;
}

function fromJdn(calendar: Calendar, jdn: number): CalendarDate {
  let f = jdn + j;
  if (calendar === 'gregorian') f = f + div(div(4 * jdn + B, 146097) * 3, 4) + C;
  const e = r * f + v;
  const g = div(mod(e, p), r);
  const h = u * g + w;
  const day = div(mod(h, s), u) + 1;
  const month = mod(div(h, s) + m, n) + 1;
  const year = div(e, p) - y + div(n + m - month, n);
  return { year, month, day };
}

export function isGregorianLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Every fourth year, with no exception for centuries: 1700, 1800 and 1900 are Julian leap years. */
export function isJulianLeapYear(year: number): boolean {
  return year % 4 === 0;
}

const CALENDAR_NAME: Record<Calendar, string> = { gregorian: 'Gregorian', julian: 'Julian' };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the given calendar; NaN for a month outside 1–12. */
export function daysInMonth(calendar: Calendar, year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return NaN;
  const leap = calendar === 'gregorian' ? isGregorianLeapYear(year) : isJulianLeapYear(year);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function isValidDate(calendar: Calendar, year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(calendar, year, month) // false for a bad month (NaN)
  );
}

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why a date does not exist in the calendar, in words (`November has 30 days`),
 * or null when it does. February names its year and calendar, since whether it has
 * 29 days depends on both.
 */
export function explainInvalidDate(calendar: Calendar, date: CalendarDate): string | null {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger))
    return 'year, month and day must be whole numbers';
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return 'days of the month start at 1';
  const length = daysInMonth(calendar, year, month);
  if (day <= length) return null;
  return month === 2
    ? `February ${year} has ${length} days in the ${CALENDAR_NAME[calendar]} calendar`
    : `${MONTH_NAMES[month - 1]} has ${length} days`;
}

/** Whether the date exists in the (proleptic) Gregorian calendar; 1900-02-29 does not. */
export function isValidGregorianDate(year: number, month: number, day: number): boolean {
  return isValidDate('gregorian', year, month, day);
}

/** Whether the date exists in the Julian calendar; 1700-02-29, 1800-02-29 and 1900-02-29 do. */
export function isValidJulianDate(year: number, month: number, day: number): boolean {
  return isValidDate('julian', year, month, day);
}

/** `1917-11-07`: zero-padded, for messages and day keys. */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const sign = year < 0 ? '-' : '';
  return `${sign}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The supported days: every date written with a year from 1582 to 2100 in either
 * calendar, from Gregorian 1 January 1582 (Julian 22 December 1581) to Julian
 * 31 December 2100 (Gregorian 14 January 2101). The check is on the day itself, so
 * whatever one conversion returns, the reverse conversion accepts.
 */
export const MIN_SUPPORTED_JDN = toJdn('gregorian', { year: 1582, month: 1, day: 1 });
export const MAX_SUPPORTED_JDN = toJdn('julian', { year: 2100, month: 12, day: 31 });

const RANGE_TEXT =
  'years 1582–2100 in either calendar, i.e. ' +
  `${formatCalendarDate(fromJdn('gregorian', MIN_SUPPORTED_JDN))} to ` +
  `${formatCalendarDate(fromJdn('gregorian', MAX_SUPPORTED_JDN))} Gregorian, ` +
  `${formatCalendarDate(fromJdn('julian', MIN_SUPPORTED_JDN))} to ` +
  `${formatCalendarDate(fromJdn('julian', MAX_SUPPORTED_JDN))} Julian`;

export function isSupportedJdn(jdn: number): boolean {
  return Number.isInteger(jdn) && jdn >= MIN_SUPPORTED_JDN && jdn <= MAX_SUPPORTED_JDN;
}

function checkedToJdn(calendar: Calendar, date: CalendarDate): number {
  const invalid = explainInvalidDate(calendar, date);
  if (invalid) {
    throw new RangeError(
      `${formatCalendarDate(date)} is not a date in the ${CALENDAR_NAME[calendar]} calendar: ${invalid}`,
    );
  }
  const jdn = toJdn(calendar, date);
  if (!isSupportedJdn(jdn)) {
    throw new RangeError(
      `${CALENDAR_NAME[calendar]} date ${formatCalendarDate(date)} is outside the supported range: ${RANGE_TEXT}`,
    );
  }
  return jdn;
}

function checkedFromJdn(calendar: Calendar, jdn: number): CalendarDate {
  if (!isSupportedJdn(jdn)) {
    throw new RangeError(
      `Julian Day Number ${jdn} is outside the supported range ${MIN_SUPPORTED_JDN}–${MAX_SUPPORTED_JDN}: ${RANGE_TEXT}`,
    );
  }
  return fromJdn(calendar, jdn);
}

/** JDN of a Gregorian date; throws a RangeError for an invalid or unsupported date. */
export function gregorianToJdn(year: number, month: number, day: number): number {
  return checkedToJdn('gregorian', { year, month, day });
}

/** Gregorian date of a JDN; throws a RangeError outside the supported range. */
export function jdnToGregorian(jdn: number): CalendarDate {
  return checkedFromJdn('gregorian', jdn);
}

/** JDN of a Julian date; throws a RangeError for an invalid or unsupported date. */
export function julianToJdn(year: number, month: number, day: number): number {
  return checkedToJdn('julian', { year, month, day });
}

/** Julian date of a JDN; throws a RangeError outside the supported range. */
export function jdnToJulian(jdn: number): CalendarDate {
  return checkedFromJdn('julian', jdn);
}

/** New Style to Old Style: 7 November 1917 → 25 October 1917. */
export function gregorianToJulian(date: CalendarDate): CalendarDate {
  return jdnToJulian(gregorianToJdn(date.year, date.month, date.day));
}

/** Old Style to New Style: 25 October 1917 → 7 November 1917. */
export function julianToGregorian(date: CalendarDate): CalendarDate {
  return jdnToGregorian(julianToJdn(date.year, date.month, date.day));
}
