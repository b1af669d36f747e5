/**
 * English month and weekday names from the platform's `Intl.DateTimeFormat`, read
 * in UTC so that a time on the floating UTC axis names its own day in every time
 * zone. date-fns `format` would give the same words but brings its whole en-US
 * locale (some 20 kB) into the default page for these few names.
 */

type Width = 'long' | 'short';

function formatter(part: 'month' | 'weekday', width: Width): Intl.DateTimeFormat {
  // en-US, as date-fns's default locale: en-GB writes September short as "Sept".
  return new Intl.DateTimeFormat('en-US', { [part]: width, timeZone: 'UTC' });
}

// Made as the module loads, not on first use: a page's first formatter costs 15–40 ms
// here (the platform loads its locale data), better spent while events.json is still
// downloading than when the timeline is drawn once it has come.
const FORMATTERS = {
  month: { long: formatter('month', 'long'), short: formatter('month', 'short') },
  weekday: { long: formatter('weekday', 'long'), short: formatter('weekday', 'short') },
};

/**
 * "November" or "Nov" for a month number 1–12 of any calendar. The name is taken
 * from the first of that month in 2000, not from a date, because a Julian date such
 * as 29 February 1900 has no Gregorian twin to format.
 */
export function monthName(month: number, width: Width): string {
  return FORMATTERS.month[width].format(Date.UTC(2000, month - 1, 1));
}

/** "Friday" or "Fri" for the day that holds `ms` on the UTC axis. */
export function weekdayOf(ms: number, width: Width): string {
  return FORMATTERS.weekday[width].format(ms);
}
