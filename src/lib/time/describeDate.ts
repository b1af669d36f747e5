/**
 * Dates in words for a reader, in both calendars, one of them primary:
 * "evening of 7 November 1917 (25 October O.S.)" or, with the Julian calendar
 * primary, "evening of 25 October 1917 O.S. (7 November N.S.)".
 *
 * Everything is read from the Gregorian own window of an `EventDate` (what the
 * curator's date says) on the floating UTC axis; the Julian side is computed, so it
 * cannot disagree.
 */
import { datePrecision, ownDays } from '../events/datePrecision';
import type { EventDate } from '../events/types';
import { gregorianToJulian, type Calendar, type CalendarDate } from '../calendar/julianDay';
import { floatingDayKey, formatFloating, parseDayKey, parseFloating } from './floating';
import { monthName } from './names';

export interface DescribeOptions {
  /** Which calendar leads; the other follows in parentheses. */
  primary: Calendar;
}

const sameDay = (a: CalendarDate, b: CalendarDate) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * "7 November 1917", "7–9 November 1917", "31 October – 1 November 1917",
 * "31 December 1917 – 1 January 1918". Without `withYear` the year is left out,
 * unless the span crosses a year, where it is needed to make sense.
 */
export function formatSpan(first: CalendarDate, last: CalendarDate, withYear: boolean): string {
  const month = (date: CalendarDate) => monthName(date.month, 'long');
  const year = withYear ? ` ${last.year}` : '';
  if (sameDay(first, last)) return `${first.day} ${month(first)}${year}`;
  if (first.year !== last.year) {
    return `${first.day} ${month(first)} ${first.year} – ${last.day} ${month(last)} ${last.year}`;
  }
  if (first.month === last.month) return `${first.day}–${last.day} ${month(last)}${year}`;
  return `${first.day} ${month(first)} – ${last.day} ${month(last)}${year}`;
}

/**
 * The days in both calendars, primary first: "7–9 November 1917 (25–27 October O.S.)".
 * The calendar in parentheses names its year only when it differs from the primary's;
 * without `withYear` (dates in prose after the first) the primary's year is left out too.
 * `brackets` are the parentheses around the other calendar: `[]` inside parentheses.
 */
export function formatDaysInBothCalendars(
  firstGregorian: CalendarDate,
  lastGregorian: CalendarDate,
  primary: Calendar,
  qualifier: string,
  withYear = true,
  brackets: readonly [string, string] = ['(', ')'],
): string {
  const gregorian = [firstGregorian, lastGregorian] as const;
  const julian = [gregorianToJulian(firstGregorian), gregorianToJulian(lastGregorian)] as const;
  const [lead, follow] = primary === 'gregorian' ? [gregorian, julian] : [julian, gregorian];
  const [leadMark, followMark] = primary === 'gregorian' ? ['', ' O.S.'] : [' O.S.', ' N.S.'];
  const followYear = follow[0].year !== lead[0].year || follow[1].year !== lead[1].year;
  return (
    `${qualifier}${formatSpan(lead[0], lead[1], withYear || followYear)}${leadMark} ` +
    `${brackets[0]}${formatSpan(follow[0], follow[1], followYear)}${followMark}${brackets[1]}`
  );
}

function qualifierOf(date: Pick<EventDate, 'approximate' | 'uncertain'>): string {
  return `${date.uncertain ? 'perhaps ' : ''}${date.approximate ? 'about ' : ''}`;
}

/**
 * An event date in words, both calendars:
 * - "22:40, 7 November 1917 (25 October O.S.)" for a clock time;
 * - "evening of 7 November 1917 (25 October O.S.)" for a part of day;
 * - "night of 7–8 November 1917 (25–26 October O.S.)" for a night across two days,
 *   and "early hours of 8 November 1917 (26 October O.S.)" for 00:00–06:00 of one day;
 * - "8 November 1917 (26 October O.S.)" for a day, "7–9 November 1917 (25–27 October O.S.)" for days;
 * - "about …" for EDTF `~`, "perhaps …" for `?`, "perhaps about …" for `%`.
 * With `primary: 'julian'` the Old Style date leads and is marked "O.S.", the
 * New Style one follows marked "N.S.".
 */
export function describeEventDate(
  date: Pick<EventDate, 'time' | 'partOfDay' | 'own' | 'shape' | 'approximate' | 'uncertain'>,
  { primary }: DescribeOptions,
): string {
  const span = ownDays(date);
  const first = parseDayKey(floatingDayKey(span.first));
  const last = parseDayKey(floatingDayKey(span.last));
  const qualifier = qualifierOf(date);
  const days = (from: CalendarDate, to: CalendarDate) =>
    formatDaysInBothCalendars(from, to, primary, qualifier);
  // Before a time or a part of day, "perhaps" leads the whole date ("perhaps early hours
  // of 8 November"; inside it, "early hours of perhaps 8 November" reads badly), and
  // "about" stays on the day it qualifies ("evening of about 7 November").
  const leading = (words: string, from: CalendarDate, to: CalendarDate) =>
    `${date.uncertain ? 'perhaps ' : ''}${words}${formatDaysInBothCalendars(from, to, primary, date.approximate ? 'about ' : '')}`;

  switch (datePrecision(date)) {
    case 'minute':
      return leading(
        `${formatFloating(parseFloating(date.own.start.earliest)).slice(11, 16)}, `,
        first,
        first,
      );
    case 'part-of-day':
      if (date.partOfDay === 'night') {
        return sameDay(first, last)
          ? leading('early hours of ', first, first)
          : leading('night of ', first, last);
      }
      return date.partOfDay ? leading(`${date.partOfDay} of `, first, first) : days(first, last);
    default:
      // 'day' and 'days': every day the span touches.
      return days(first, last);
  }
}

/** One day in words, both calendars: "8 November 1917 (26 October O.S.)". */
export function describeDay(dayKey: string, primary: Calendar): string {
  const day = parseDayKey(dayKey);
  return formatDaysInBothCalendars(day, day, primary, '');
}

/** A short axis label in the primary calendar: "8 Nov", or "26 Oct O.S." for the Julian calendar. */
export function shortDayLabel(dayKey: string, primary: Calendar): string {
  const gregorian = parseDayKey(dayKey);
  if (primary === 'gregorian') return `${gregorian.day} ${monthName(gregorian.month, 'short')}`;
  const julian = gregorianToJulian(gregorian);
  return `${julian.day} ${monthName(julian.month, 'short')} O.S.`;
}
