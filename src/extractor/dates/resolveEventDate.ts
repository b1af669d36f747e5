/**
 * Turns a curated date (EDTF day or span of days, optional clock time or part of
 * day) into the `EventDate` of events.json: floating start and end, precision,
 * EDTF qualifiers and the Julian (Old Style) equivalents.
 *
 * Only what the timeline can draw is accepted: one day (`1917-11-08`) or a span of
 * whole days (`1917-11-07/1917-11-09`), each optionally qualified with `~`
 * (approximate), `?` (uncertain) or `%` (both). Months, seasons, sets and open
 * spans are refused with a message the curator can act on.
 */
import { utc } from '@date-fns/utc';
import { addHours } from 'date-fns';
import { parse as parseEdtf, type EdtfParseResult } from 'edtf';
import type {
  Citation,
  DateBasis,
  DatePrecision,
  EventDate,
  PartOfDay,
} from '../../lib/events/types';
import {
  explainInvalidDate,
  formatCalendarDate,
  gregorianToJdn,
  isValidJulianDate,
  type CalendarDate,
} from '../../lib/calendar/julianDay';
import {
  addFloatingDays,
  formatFloating,
  parseFloating,
  toGregorianIso,
  toJulianIso,
} from '../../lib/time/floating';

/** A date as the curator writes it. */
export interface EventDateInput {
  edtf: string;
  time?: string;
  partOfDay?: PartOfDay;
  basis: DateBasis;
  rationale: string;
  citations: Citation[];
}

/** The curated field a date problem belongs to. */
export type DateField = 'date.edtf' | 'date.time' | 'date.partOfDay';

/** A curated date that cannot be resolved; `message` starts with the field, `reason` is the rest. */
export class DateResolutionError extends Error {
  constructor(
    readonly field: DateField,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'DateResolutionError';
  }
}

/** Hours `[from, to)` of each part of a single day. */
export const PART_OF_DAY_HOURS: Readonly<Record<PartOfDay, readonly [number, number]>> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

/** A night across two days, D/D+1: from 21:00 on D to 06:00 on D+1 ("night of 7–8 November"). */
export const NIGHT_ACROSS_DAYS_HOURS = { fromHour: 21, toHour: 6 } as const;

const EDTF_HINT =
  'write one day as 1917-11-08 (add ~ if approximate, ? if uncertain) or a span of days as 1917-11-07/1917-11-09';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface ResolvedDays {
  first: CalendarDate;
  last: CalendarDate;
  /** Number of days from first to last, both included. */
  dayCount: number;
  approximate: boolean;
  uncertain: boolean;
}

/**
 * Resolves a curated date. The span is `[start, end)`: a day runs from its midnight
 * to the next, a part of day over its hours (`PART_OF_DAY_HOURS`), a night across
 * two days from 21:00 to 06:00, and a clock time is an instant (`end === start`).
 * Throws a `DateResolutionError` naming the field at fault.
 */
export function resolveEventDate(input: EventDateInput): EventDate {
  const days = readEdtf(input.edtf);
  const time = readTime(input.time, days, input.edtf);
  const partOfDay = readPartOfDay(input.partOfDay, days, time, input.edtf);

  const firstMidnight = parseFloating(formatCalendarDate(days.first));
  const lastMidnight = parseFloating(formatCalendarDate(days.last));
  const hoursAfter = (midnight: number, hours: number) =>
    addHours(midnight, hours, { in: utc }).getTime();

  let start: number;
  let end: number;
  let precision: DatePrecision;
  if (time !== undefined) {
    start = end = parseFloating(`${formatCalendarDate(days.first)}T${time}`);
    precision = 'minute';
  } else if (partOfDay !== undefined && days.dayCount === 2) {
    // Only "night" gets here: readPartOfDay refuses any other part of day on two days.
    start = hoursAfter(firstMidnight, NIGHT_ACROSS_DAYS_HOURS.fromHour);
    end = hoursAfter(lastMidnight, NIGHT_ACROSS_DAYS_HOURS.toHour);
    precision = 'part-of-day';
  } else if (partOfDay !== undefined) {
    const [from, to] = PART_OF_DAY_HOURS[partOfDay];
    start = hoursAfter(firstMidnight, from);
    end = hoursAfter(firstMidnight, to);
    precision = 'part-of-day';
  } else {
    start = firstMidnight;
    end = addFloatingDays(lastMidnight, 1);
    precision = days.dayCount === 1 ? 'day' : 'days';
  }

  const startIso = formatFloating(start);
  const endIso = formatFloating(end);
  return {
    edtf: input.edtf,
    ...(time !== undefined && { time }),
    ...(partOfDay !== undefined && { partOfDay }),
    start: startIso,
    end: endIso,
    precision,
    approximate: days.approximate,
    uncertain: days.uncertain,
    julian: {
      start: inEdtfRange(() => toJulianIso(startIso)),
      end: inEdtfRange(() => toJulianIso(endIso)),
    },
    basis: input.basis,
    rationale: input.rationale,
    citations: input.citations,
  };
}

function fail(field: DateField, reason: string): never {
  throw new DateResolutionError(field, reason);
}

/** Runs a calendar conversion; a date outside the supported range becomes a `date.edtf` problem. */
function inEdtfRange<T>(convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (error instanceof RangeError) fail('date.edtf', error.message);
    throw error;
  }
}

/**
 * The edtf package rebuilds its grammar's parser on every call; a book repeats the
 * same few dates, so each string is parsed once. The results are only read.
 */
const parsedEdtf = new Map<string, EdtfParseResult>();
function parseEdtfOnce(edtf: string): EdtfParseResult {
  let parsed = parsedEdtf.get(edtf);
  if (parsed === undefined) {
    parsed = parseEdtf(edtf);
    parsedEdtf.set(edtf, parsed);
  }
  return parsed;
}

function readEdtf(edtf: string): ResolvedDays {
  if (typeof edtf !== 'string' || edtf === '') fail('date.edtf', `is missing; ${EDTF_HINT}`);
  rejectImpossibleDays(edtf);

  let parsed: EdtfParseResult;
  try {
    parsed = parseEdtfOnce(edtf);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    fail('date.edtf', `"${edtf}" is not EDTF (${detail.replace(/:$/, '')}); ${EDTF_HINT}`);
  }

  if (parsed.type === 'Interval') {
    const [from, to] = parsed.values;
    // An open end (`..`) comes back as Infinity, an unknown one (empty) as null.
    if (typeof from !== 'object' || typeof to !== 'object' || !from || !to) {
      fail('date.edtf', `"${edtf}" is an open span; give both its first and its last day`);
    }
    const first = readDay(from, edtf);
    const last = readDay(to, edtf);
    const dayCount = last.jdn - first.jdn + 1;
    if (dayCount < 1) fail('date.edtf', `"${edtf}" ends before it starts`);
    if (dayCount === 1) {
      fail('date.edtf', `"${edtf}" starts and ends on the same day; write the day alone`);
    }
    return {
      first: first.date,
      last: last.date,
      dayCount,
      approximate: first.approximate || last.approximate,
      uncertain: first.uncertain || last.uncertain,
    };
  }

  const day = readDay(parsed, edtf);
  return { ...day, first: day.date, last: day.date, dayCount: 1 };
}

/**
 * edtf.js refuses 1917-11-31 with a bare syntax error and accepts 1917-02-29, so
 * check every YYYY-MM-DD in the string against the Gregorian calendar first.
 */
function rejectImpossibleDays(edtf: string): void {
  for (const [text, year, month, day] of edtf.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) {
    const date = { year: Number(year), month: Number(month), day: Number(day) };
    const invalid = explainInvalidDate('gregorian', date);
    if (!invalid) continue;
    let hint = '';
    if (isValidJulianDate(date.year, date.month, date.day)) {
      try {
        hint = `; EDTF dates here are Gregorian (New Style), and Julian ${text} is ${toGregorianIso(text)}`;
      } catch {
        // Outside the supported range: no conversion to offer.
      }
    }
    fail('date.edtf', `${text} is not a date: ${invalid}${hint}`);
  }
}

function readDay(
  result: EdtfParseResult,
  edtf: string,
): { date: CalendarDate; jdn: number; approximate: boolean; uncertain: boolean } {
  const what = `"${edtf}"`;
  switch (result.type) {
    case 'Date':
      break;
    case 'Interval':
      return fail('date.edtf', `${what} nests a span inside a span; ${EDTF_HINT}`);
    case 'Season':
      return fail('date.edtf', `${what} names a season; ${EDTF_HINT}`);
    case 'Set':
    case 'List':
      return fail('date.edtf', `${what} is a set of dates; give one day or one span of days`);
    default:
      return fail(
        'date.edtf',
        `${what} is not a day or a span of days (EDTF ${String(result.type)}); ${EDTF_HINT}`,
      );
  }

  const { values, approximate, uncertain, unspecified } = result;
  if (unspecified) {
    fail('date.edtf', `${what} has unspecified digits (X); give the day, or the span it lies in`);
  }
  if (values.length === 1) fail('date.edtf', `${what} names only a year; ${EDTF_HINT}`);
  if (values.length === 2) {
    fail(
      'date.edtf',
      `${what} names only a month; give the day (1917-11-08) or the span of days it may be (1917-11-01/1917-11-30)`,
    );
  }
  if (values.length > 3) {
    fail('date.edtf', `${what} carries a time; put the day in date.edtf and HH:MM in date.time`);
  }
  if (typeof approximate === 'number' || typeof uncertain === 'number') {
    fail(
      'date.edtf',
      `${what} qualifies only part of the date; put ~ or ? after the whole day, as in 1917-11-08~`,
    );
  }

  // edtf.js counts months from 0, like Date.
  const date = { year: values[0]!, month: values[1]! + 1, day: values[2]! };
  const jdn = inEdtfRange(() => gregorianToJdn(date.year, date.month, date.day));
  return { date, jdn, approximate: approximate === true, uncertain: uncertain === true };
}

function readTime(time: string | undefined, days: ResolvedDays, edtf: string): string | undefined {
  if (time === undefined) return undefined;
  if (typeof time !== 'string' || !CLOCK_TIME.test(time)) {
    fail(
      'date.time',
      `"${time}" is not a clock time; write HH:MM from 00:00 to 23:59, as in 22:40`,
    );
  }
  if (days.dayCount > 1) {
    fail(
      'date.time',
      `a clock time needs a single day, but date.edtf "${edtf}" spans ${days.dayCount} days`,
    );
  }
  return time;
}

function readPartOfDay(
  partOfDay: PartOfDay | undefined,
  days: ResolvedDays,
  time: string | undefined,
  edtf: string,
): PartOfDay | undefined {
  if (partOfDay === undefined) return undefined;
  if (!Object.hasOwn(PART_OF_DAY_HOURS, partOfDay)) {
    fail(
      'date.partOfDay',
      `"${partOfDay}" is not a part of day; use morning, afternoon, evening or night`,
    );
  }
  if (days.dayCount > 1 && (partOfDay !== 'night' || days.dayCount > 2)) {
    fail(
      'date.partOfDay',
      `"${partOfDay}" needs a single day, but date.edtf "${edtf}" spans ${days.dayCount} days; ` +
        'only "night" takes two consecutive days (1917-11-07/1917-11-08 for the night of 7–8 November)',
    );
  }
  if (time !== undefined) {
    const [from, to] = PART_OF_DAY_HOURS[partOfDay];
    const hour = Number(time.slice(0, 2));
    if (hour < from || hour >= to) {
      const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
      fail(
        'date.partOfDay',
        `"${partOfDay}" runs from ${pad(from)} to ${pad(to)}, but date.time is ${time}`,
      );
    }
  }
  return partOfDay;
}
