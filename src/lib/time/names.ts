/**
 * English month and weekday names, the words date-fns's en-US locale gives, read on
 * the UTC axis so that a time on the floating axis names its own day in every time
 * zone. Written out rather than asked of `Intl.DateTimeFormat`: the platform's first
 * formatter loads its locale data, which cost 15–300 ms of a cold page's main thread
 * (the more, the busier the machine), and these names were all it was asked for.
 */

import { MONTH_NAMES as MONTHS } from '../calendar/julianDay';

type Width = 'long' | 'short';

/** Sunday first, as `Date.prototype.getUTCDay` counts. */
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** en-US's abbreviations are the first three letters ("Sep", not en-GB's "Sept"). */
const shorten = (name: string, width: Width) => (width === 'long' ? name : name.slice(0, 3));

/**
 * "November" or "Nov" for a month number 1–12 of any calendar (a Julian month is
 * named as its Gregorian namesake: the names are the same).
 */
export function monthName(month: number, width: Width): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`No month ${month}: expected 1 to 12`);
  return shorten(name, width);
}

/** "Friday" or "Fri" for the day that holds `ms` on the UTC axis. */
export function weekdayOf(ms: number, width: Width): string {
  const name = WEEKDAYS[new Date(ms).getUTCDay()];
  if (name === undefined) throw new RangeError(`No day holds the time ${ms}`);
  return shorten(name, width);
}
