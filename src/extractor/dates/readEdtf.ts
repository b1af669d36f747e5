/**
 * Reads a curated EDTF string with the `edtf` package into whole days: a day, some
 * day of a stretch (unspecified digits `1917-11-XX`, a set `[1917-11-07..1917-11-09]`),
 * or an interval whose ends are such stretches or open. Days are given by their
 * midnights in minutes on the floating axis; what the days mean for an event (a
 * moment in them, or a span from one to the other) is `resolveEventDate`'s business.
 */
import edtf, { parse as parseEdtf, type EdtfOtherResult, type EdtfParseResult } from 'edtf';
import {
  explainInvalidDate,
  gregorianToJdn,
  isValidJulianDate,
} from '../../lib/calendar/julianDay';
import { MINUTES_PER_DAY } from '../../lib/chronology/minutes';
import { toGregorianIso } from '../../lib/time/floating';

/** Some day from `first` to `last` (midnights, in minutes); ±Infinity where a set is open. */
export interface DayStretch {
  first: number;
  last: number;
}

export type EdtfDays =
  | {
      kind: 'days';
      /** The day, or the hull of the days it may be. */
      days: DayStretch;
      approximate: boolean;
      uncertain: boolean;
    }
  | {
      kind: 'interval';
      /** Where it begins and where it ends; null when that end is open or unknown. */
      from: DayStretch | null;
      to: DayStretch | null;
      approximate: boolean;
      uncertain: boolean;
    };

/** A curated EDTF string that cannot be read; the message says what to write instead. */
export class EdtfError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'EdtfError';
  }
}

export const EDTF_HINT =
  'write one day as 1917-11-08 (add ~ if approximate, ? if uncertain), some day of a month as 1917-11-XX, one of several days as [1917-11-07..1917-11-09], or a span of days as 1917-11-07/1917-11-09';

const fail = (reason: string): never => {
  throw new EdtfError(reason);
};

/**
 * The edtf package rebuilds its grammar's parser on every call; a book repeats the
 * same few dates, so each string is read once. The results are only read.
 */
const readOnce = new Map<string, EdtfDays>();

/** Reads the string, or throws an `EdtfError` saying what is wrong and what to write. */
export function readEdtf(text: string): EdtfDays {
  let days = readOnce.get(text);
  if (days === undefined) {
    days = readUncached(text);
    readOnce.set(text, days);
  }
  return days;
}

function readUncached(text: string): EdtfDays {
  if (typeof text !== 'string' || text === '') fail(`is missing; ${EDTF_HINT}`);
  rejectImpossibleDays(text);

  let parsed: EdtfParseResult;
  try {
    parsed = parseEdtf(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return fail(`"${text}" is not EDTF (${detail.replace(/:$/, '')}); ${EDTF_HINT}`);
  }
  const what = `"${text}"`;

  if (parsed.type === 'Interval') {
    const [fromPart, toPart] = parsed.values;
    // An open end (`..`) and an unknown one (empty) both come back as null (or Infinity).
    const from = isPart(fromPart) ? readDay(fromPart, what) : null;
    const to = isPart(toPart) ? readDay(toPart, what) : null;
    if (!from && !to) fail(`${what} has neither a first nor a last day`);
    if (from && to) {
      if (to.days.last < from.days.first) fail(`${what} ends before it starts`);
      if (from.days.first === to.days.last) {
        fail(`${what} starts and ends on the same day; write the day alone`);
      }
    }
    return {
      kind: 'interval',
      from: from?.days ?? null,
      to: to?.days ?? null,
      approximate: Boolean(from?.approximate || to?.approximate),
      uncertain: Boolean(from?.uncertain || to?.uncertain),
    };
  }
  if (parsed.type === 'Set') return readSet(parsed, what);
  return { kind: 'days', ...readDay(parsed, what) };
}

function isPart(value: unknown): value is EdtfParseResult {
  return typeof value === 'object' && value !== null;
}

/** "One of" a set: the hull of its days and ranges; `earlier`/`later` open it. */
function readSet(parsed: EdtfParseResult, what: string): EdtfDays {
  const { values, earlier, later } = parsed as EdtfOtherResult;
  let first = earlier ? -Infinity : Infinity;
  let last = later ? Infinity : -Infinity;
  let approximate = false;
  let uncertain = false;
  for (const member of values) {
    const parts = Array.isArray(member) ? member : [member];
    for (const part of parts) {
      if (!isPart(part)) fail(`${what} has a member that is not a day`);
      const day = readDay(part, what);
      first = Math.min(first, day.days.first);
      last = Math.max(last, day.days.last);
      approximate ||= day.approximate;
      uncertain ||= day.uncertain;
    }
  }
  if (!(first <= last)) fail(`${what} is an empty set; ${EDTF_HINT}`);
  return { kind: 'days', days: { first, last }, approximate, uncertain };
}

/**
 * edtf.js refuses 1917-11-31 with a bare syntax error and accepts 1917-02-29, so
 * check every YYYY-MM-DD in the string against the Gregorian calendar first.
 */
function rejectImpossibleDays(text: string): void {
  for (const [day, year, month, dayOfMonth] of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) {
    const date = { year: Number(year), month: Number(month), day: Number(dayOfMonth) };
    const invalid = explainInvalidDate('gregorian', date);
    if (!invalid) continue;
    let hint = '';
    if (isValidJulianDate(date.year, date.month, date.day)) {
      try {
        hint = `; EDTF dates here are Gregorian (New Style), and Julian ${day} is ${toGregorianIso(day)}`;
      } catch {
        // Outside the supported range: no conversion to offer.
      }
    }
    fail(`${day} is not a date: ${invalid}${hint}`);
  }
}

/** One EDTF date of day precision, perhaps with unspecified digits, as the days it may be. */
function readDay(
  result: EdtfParseResult,
  what: string,
): { days: DayStretch; approximate: boolean; uncertain: boolean } {
  switch (result.type) {
    case 'Date':
      break;
    case 'Interval':
      return fail(`${what} nests a span inside a span; ${EDTF_HINT}`);
    case 'Season':
      return fail(`${what} names a season; ${EDTF_HINT}`);
    case 'List':
      return fail(
        `${what} is a set of dates that all apply ({…}); for one of several days write [1917-11-07,1917-11-09]`,
      );
    case 'Set':
      return fail(`${what} nests a set inside a set; ${EDTF_HINT}`);
    default:
      return fail(
        `${what} is not a day or a span of days (EDTF ${String(result.type)}); ${EDTF_HINT}`,
      );
  }

  const { values, approximate, uncertain } = result;
  if (values.length === 1) fail(`${what} names only a year; ${EDTF_HINT}`);
  if (values.length === 2) {
    fail(
      `${what} names only a month; give the day (1917-11-08), or write 1917-11-XX for some day of the month`,
    );
  }
  if (values.length > 3) {
    fail(`${what} carries a time; put the day in date.edtf and HH:MM in date.time`);
  }
  if (typeof approximate === 'number' || typeof uncertain === 'number') {
    fail(
      `${what} qualifies only part of the date; put ~ or ? after the whole day, as in 1917-11-08~`,
    );
  }
  // The package's min and max are UTC milliseconds of the first and last moment the
  // date may be, unspecified digits (X) included.
  const date = edtf(result);
  const first = date.min / 60_000;
  const last = Math.floor(date.max / 60_000 / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  for (const midnight of [first, last]) checkSupported(midnight, what);
  return {
    days: { first, last },
    approximate: approximate === true,
    uncertain: uncertain === true,
  };
}

/** The calendars convert from 1582 to 2100; a day outside cannot be shown in both. */
function checkSupported(midnight: number, what: string): void {
  const day = new Date(midnight * 60_000);
  try {
    gregorianToJdn(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  } catch (error) {
    if (error instanceof RangeError) fail(`${what}: ${error.message}`);
    throw error;
  }
}
