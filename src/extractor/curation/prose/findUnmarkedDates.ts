/**
 * Day-and-month dates written in words in a prose text, which no calendar switch can
 * rewrite: "7 November", "25 October O.S.", "November 8", "Oct. 25", "the 8th of
 * November", "25–26 October O.S. (7–8 November N.S.)", "1917-11-07", OCR slips
 * ("Novernber 8", "l7 November") and Russian ("25 октября"). Each finding is the whole
 * date as written, a date and its other calendar in brackets taken together, with the
 * mark to write instead; when the two calendars it gives disagree, or the day does not
 * exist, it says so instead.
 *
 * Not findings: a month without a day ("in November"), text inside quotations (the
 * caller masks them, see `quotations.ts`), marks, and a date whose year is after 1918,
 * when Russia had left the Old Style behind (an access date, "read 3 May 2025").
 */
import {
  explainInvalidDate,
  formatCalendarDate,
  gregorianToJulian,
  julianToGregorian,
  type Calendar,
  type CalendarDate,
} from '../../../lib/calendar/julianDay';
import { formatSpan } from '../../../lib/time/describeDate';
import { monthOfWord } from './monthWords';

export interface UnmarkedDate {
  /** Where the words start in the text. */
  index: number;
  /** The date as written. */
  words: string;
  /** What to do, for the curator: the mark to write, or what is wrong with the words. */
  advice: string;
}

export interface FindOptions {
  /** The year of a date written without one (the work's); without it the fix says `YYYY`. */
  defaultYear?: number;
}

/** Years after this are past the switch (Russia went Gregorian in February 1918). */
const LAST_OLD_STYLE_YEAR = 1918;

interface DayMonth {
  day: number;
  month: number;
}

/** One date expression: a day or run of days of one month or two, maybe a year, maybe a calendar. */
interface Expression {
  start: number;
  end: number;
  first: DayMonth;
  last: DayMonth;
  year?: number;
  calendar?: Calendar;
}

// A day number as typed or scanned: "8", "08", "8th", "2d", "l7" and "I7" (17), "1O" (10).
const DAY = String.raw`(?:[0-9]{1,2}|[lI][0-9]|[1-3][Oo])(?:st|nd|rd|th|d)?`;
const DAY_RANGE = String.raw`(${DAY})(?:\s*[-–—‒/]\s*(${DAY})|\s+to\s+(${DAY}))?`;
/** The days before a month word: "7 ", "7–8 ", "the 8th of ". */
const DAYS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}:.])${DAY_RANGE}(?:\s+of(?:\s+the)?)?\s*$`,
  'u',
);
/** The days after a month word: " 8", " 8–9", " the 8th". */
const DAYS_AFTER = new RegExp(String.raw`^\s*(?:the\s+)?${DAY_RANGE}(?![\p{L}\p{N}]|[:.]\d)`, 'u');
const YEAR_AFTER = /^,?\s*(1[5-9]\d\d|2\d\d\d)(?!\p{N})/u;
const CALENDAR = String.raw`O\.\s?S\.?|N\.\s?S\.?|o\.s\.|n\.s\.|OS\b|NS\b|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|ст\.\s?ст\.|н\.\s?ст\.`;
const CALENDAR_AFTER = new RegExp(
  String.raw`^\s*(?:\(\s*(${CALENDAR})\s*\)|\[\s*(${CALENDAR})\s*\]|(${CALENDAR}))`,
  'u',
);
/** A word that may be a month: letters (and the OCR's 0 and 1), maybe broken at a line end. */
const WORD = /(?<!\p{L})[\p{L}0][\p{L}01\u00AD\u200B-\u200D\u2060]*(?:-\s*\p{Ll}+)?\.?/gu;
const ISO = String.raw`(1[5-9]\d\d|2\d\d\d)-(\d{1,2})-(\d{1,2})`;
/** "1917-11-07", "1917-11-07/1917-11-08": the form of a mark, without its braces. */
const ISO_DAYS = new RegExp(String.raw`(?<![\p{N}-])${ISO}(?:/${ISO})?(?![\p{N}])`, 'gu');
const DOTTED_DAY = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(1[5-9]\d\d|2\d\d\d)(?![\p{N}])/gu;

function dayNumber(written: string): number {
  return Number(
    written
      .replace(/(?:st|nd|rd|th|d)$/, '')
      .replace(/[lI]/g, '1')
      .replace(/[Oo]/g, '0'),
  );
}

function calendarOf(written: string | undefined): Calendar | undefined {
  if (written === undefined) return undefined;
  return /^(?:[Oo]|ст)/.test(written) ? 'julian' : 'gregorian';
}

/** The expression around the month word at `[start, end)`, or null when no day is beside it. */
function expressionAt(text: string, start: number, end: number, month: number): Expression | null {
  const before = DAYS_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  let from = start;
  let to = end;
  let days: (string | undefined)[];
  if (before) {
    from = start - before[0].length;
    days = [before[1], before[2] ?? before[3]];
  } else {
    const after = DAYS_AFTER.exec(text.slice(end));
    if (!after) return null;
    to = end + after[0].length;
    days = [after[1], after[2] ?? after[3]];
  }
  const firstDay = dayNumber(days[0]!);
  const expression: Expression = {
    start: from,
    end: to,
    first: { day: firstDay, month },
    last: { day: days[1] === undefined ? firstDay : dayNumber(days[1]), month },
  };
  return withYearAndCalendar(text, expression);
}

function withYearAndCalendar(text: string, expression: Expression): Expression {
  const year = YEAR_AFTER.exec(text.slice(expression.end));
  if (year) {
    expression.year = Number(year[1]);
    expression.end += year[0].length;
  }
  const calendar = CALENDAR_AFTER.exec(text.slice(expression.end));
  if (calendar) {
    expression.calendar = calendarOf(calendar[1] ?? calendar[2] ?? calendar[3]);
    expression.end += calendar[0].length;
  }
  return expression;
}

function numericExpressions(text: string): Expression[] {
  const found: Expression[] = [];
  for (const match of text.matchAll(ISO_DAYS)) {
    const [, year, month, day, , lastMonth, lastDay] = match.map(Number);
    const last =
      lastMonth === undefined || Number.isNaN(lastMonth)
        ? undefined
        : { month: lastMonth, day: lastDay! };
    found.push(numeric(text, match, year!, { month: month!, day: day! }, last));
  }
  for (const match of text.matchAll(DOTTED_DAY)) {
    const [, day, month, year] = match.map(Number);
    found.push(numeric(text, match, year!, { month: month!, day: day! }));
  }
  return found;
}

function numeric(
  text: string,
  match: RegExpMatchArray,
  year: number,
  first: DayMonth,
  last: DayMonth = first,
): Expression {
  const start = match.index!;
  const end = start + match[0].length;
  const expression = { start, end, first, last, year };
  const calendar = CALENDAR_AFTER.exec(text.slice(end));
  return calendar
    ? {
        ...expression,
        end: end + calendar[0].length,
        calendar: calendarOf(calendar[1] ?? calendar[2] ?? calendar[3]),
      }
    : expression;
}

/** How far from a month word its day may be, in characters ("8th of the " and a little). */
const NEAR = 16;

/**
 * Whether a month word's final full stop ends the sentence rather than an abbreviation
 * ("Oct.", "Sept."): abbreviations have four letters at most, whole names five or more
 * but for May, June and July, whose full stop stays in the words quoted.
 */
function endsSentence(word: string): boolean {
  return word.endsWith('.') && word.length > 5;
}

/**
 * A place at or before `limit` that no word (`WORD`) runs over, so that reading words
 * from there finds the same words as reading from the start: just after a character no
 * word holds (a digit other than 0 and 1, a comma, a full stop, which only ends one) or
 * after a space that does not follow a hyphen ("Novem- ber" is one word). 0 if none.
 */
function wordBoundaryBefore(text: string, limit: number): number {
  for (let at = Math.min(limit, text.length); at > 0; at--) {
    const before = text[at - 1]!;
    if (/[2-9.,;:()]/.test(before)) return at;
    if (!/\s/u.test(before)) continue;
    let word = at - 1;
    while (word > 0 && /\s/u.test(text[word - 1]!)) word--;
    if (word === 0 || text[word - 1] !== '-') return at;
  }
  return 0;
}

/** Every date expression of the text, in order, none inside another. */
function expressionsOf(text: string): Expression[] {
  const found: Expression[] = [];
  // A month word with no digit near it is no date: most words are passed over unread.
  const digits: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits.push(i);
  }
  if (digits.length === 0) return found;
  let nextDigit = 0;
  // Words that end before the first digit's reach or start past the last digit's are no
  // date: the words are read from a place no word runs over, up to the last digit.
  const words = new RegExp(WORD.source, WORD.flags);
  words.lastIndex = wordBoundaryBefore(text, digits[0]! - NEAR);
  for (let match = words.exec(text); match; match = words.exec(text)) {
    if (match.index - NEAR > digits.at(-1)!) break;
    const wordEnd = match.index + match[0].length;
    // "the 8th of the November" before, "November the 8th" after.
    while (nextDigit < digits.length && digits[nextDigit]! < match.index - NEAR) nextDigit++;
    if (nextDigit === digits.length || digits[nextDigit]! >= wordEnd + NEAR) continue;
    const month = monthOfWord(match[0]);
    if (month === null) continue;
    // The full stop of an abbreviation ("Oct.") is part of the date; a sentence's is not.
    const end = wordEnd - (endsSentence(match[0]) ? 1 : 0);
    const expression = expressionAt(text, match.index, end, month);
    if (expression) found.push(expression);
  }
  // A numeric date has a year of four digits.
  if (digits.some((at, i) => digits[i + 3] === at + 3)) found.push(...numericExpressions(text));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (e, i) => !found.slice(0, i).some((o) => o.start <= e.start && e.end <= o.end),
  );
}

/** "31 October – 1 November": two expressions joined into one run of days. */
const RANGE_BETWEEN = /^\s*(?:[-–—‒]|to|until)\s*$/u;
/** "8 November (26 October O.S.)", "27 Oct/9 Nov", "…, which is 7 November N.S.". */
const PAIR_OPEN = /^\s*([([])\s*$|^\s*\/\s*$|^,?\s+(?:which is|i\.e\.,?|that is,?)\s+$/u;

const isOneDay = (e: Expression) => e.first.day === e.last.day && e.first.month === e.last.month;

interface Group {
  start: number;
  end: number;
  parts: Expression[];
}

function joined(text: string, expressions: Expression[]): Group[] {
  // First the runs across months, then a date and its other calendar.
  const runs: Expression[] = [];
  for (const expression of expressions) {
    const previous = runs.at(-1);
    if (
      previous &&
      isOneDay(previous) &&
      isOneDay(expression) &&
      RANGE_BETWEEN.test(text.slice(previous.end, expression.start))
    ) {
      runs[runs.length - 1] = {
        ...expression,
        start: previous.start,
        first: previous.first,
        year: expression.year ?? previous.year,
        calendar: expression.calendar ?? previous.calendar,
      };
    } else runs.push(expression);
  }
  const groups: Group[] = [];
  for (const expression of runs) {
    const previous = groups.at(-1);
    const between = previous ? text.slice(previous.end, expression.start) : '';
    const open = previous?.parts.length === 1 ? PAIR_OPEN.exec(between) : null;
    if (previous && open) {
      const closing = open[1] ? (open[1] === '(' ? /^\s*\)/ : /^\s*\]/) : null;
      const close = closing?.exec(text.slice(expression.end));
      if (!closing || close) {
        previous.parts.push(expression);
        previous.end = expression.end + (close?.[0].length ?? 0);
        continue;
      }
    }
    groups.push({ start: expression.start, end: expression.end, parts: [expression] });
  }
  return groups;
}

type Days = { first: CalendarDate; last: CalendarDate };

/** "26–27 October O.S.": days in words, for messages. */
function words({ first, last }: Days, calendar: Calendar): string {
  return `${formatSpan(first, last, false)} ${calendar === 'julian' ? 'O.S.' : 'N.S.'}`;
}

const toJulian = ({ first, last }: Days): Days => ({
  first: gregorianToJulian(first),
  last: gregorianToJulian(last),
});

/** The Gregorian days of an expression read in `calendar`, or why they are not days. */
function gregorianDays(expression: Expression, calendar: Calendar, year: number): Days | string {
  const ends = [expression.first, expression.last].map((dayMonth, i) => {
    // A run into the next year: "30 December – 2 January".
    const rolls = i === 1 && expression.last.month < expression.first.month;
    return { year: rolls ? year + 1 : year, ...dayMonth };
  });
  for (const end of ends) {
    const invalid = explainInvalidDate(calendar, end);
    if (invalid) return `it is not a real day (${invalid})`;
  }
  const [first, last] = ends.map((end) =>
    calendar === 'julian' ? julianToGregorian(end) : end,
  ) as [CalendarDate, CalendarDate];
  return { first, last };
}

function markOf(days: Days, known: boolean, gloss?: Calendar): string {
  const iso = (date: CalendarDate) =>
    known ? formatCalendarDate(date) : `YYYY${formatCalendarDate(date).slice(4)}`;
  const same = days.first.month === days.last.month && days.first.day === days.last.day;
  const range = same ? iso(days.first) : `${iso(days.first)}/${iso(days.last)}`;
  return `{{${range}${gloss ? `|${gloss === 'julian' ? 'O.S.' : 'N.S.'}` : ''}}}`;
}

const sameDays = (a: Days, b: Days) =>
  formatCalendarDate(a.first) === formatCalendarDate(b.first) &&
  formatCalendarDate(a.last) === formatCalendarDate(b.last);

/** What the curator should write for a group, or what is wrong with it. */
function adviceFor(group: Group, glossesQuotation: boolean, defaultYear?: number): string | null {
  const year = group.parts.find((part) => part.year !== undefined)?.year ?? defaultYear;
  if (year !== undefined && year > LAST_OLD_STYLE_YEAR) return null;
  const known = year !== undefined;
  const reckon = year ?? 1917; // for the days only; the mark then says YYYY
  const [one, other] = group.parts as [Expression, Expression | undefined];

  if (other) {
    // Which of the two is the Old Style: the one marked so, else the one that converts.
    let julianIndex: 0 | 1 | null =
      one.calendar === 'julian' || other.calendar === 'gregorian'
        ? 0
        : other.calendar === 'julian' || one.calendar === 'gregorian'
          ? 1
          : null;
    const read = (part: Expression, calendar: Calendar) => gregorianDays(part, calendar, reckon);
    if (julianIndex === null) {
      const [a, b] = [read(one, 'gregorian'), read(other, 'julian')];
      julianIndex = typeof a !== 'string' && typeof b !== 'string' && sameDays(a, b) ? 1 : 0;
    }
    const [julianPart, gregorianPart] = julianIndex === 0 ? [one, other] : [other, one];
    const fromJulian = read(julianPart, 'julian');
    const fromGregorian = read(gregorianPart, 'gregorian');
    if (typeof fromJulian === 'string') return fromJulian;
    if (typeof fromGregorian === 'string') return fromGregorian;
    if (!sameDays(fromJulian, fromGregorian)) {
      return (
        `the two calendars name different days (${words(fromGregorian, 'gregorian')} is ` +
        `${words(toJulian(fromGregorian), 'julian')}, and ${words(toJulian(fromJulian), 'julian')} ` +
        `is ${words(fromJulian, 'gregorian')}): write the days meant as a mark, ` +
        `${markOf(fromGregorian, known)} or ${markOf(fromJulian, known)}`
      );
    }
    return `write ${markOf(fromGregorian, known)}`;
  }

  const asGregorian = gregorianDays(one, 'gregorian', reckon);
  const asJulian = gregorianDays(one, 'julian', reckon);
  if (one.calendar) {
    const days = one.calendar === 'julian' ? asJulian : asGregorian;
    if (typeof days === 'string') return days;
    if (glossesQuotation) {
      return (
        `write ${markOf(days, known, one.calendar)}, the gloss of the quotation before it ` +
        `(or ${markOf(days, known)} to give both calendars)`
      );
    }
    return `write ${markOf(days, known)}`;
  }
  if (typeof asGregorian === 'string') return asGregorian;
  if (typeof asJulian === 'string') return `write ${markOf(asGregorian, known)}`;
  return (
    `write ${markOf(asGregorian, known)} if it is New Style, ` +
    `${markOf(asJulian, known)} if Old Style`
  );
}

/**
 * Every unmarked date of `text`, in order. `text` should have its quotations and
 * marks masked (replaced by characters that are not letters or digits, keeping the
 * offsets), so that only the curator's own words are read.
 */
export function findUnmarkedDates(text: string, options: FindOptions = {}): UnmarkedDate[] {
  // Every date has a day number, and most prose has no digit at all.
  if (!/\d/.test(text)) return [];
  const groups = joined(text, expressionsOf(text));
  return groups.flatMap((group) => {
    const glossesQuotation = /["”»][\s([]*$/u.test(text.slice(0, group.start));
    const advice = adviceFor(group, glossesQuotation, options.defaultYear);
    if (advice === null) return [];
    return [{ index: group.start, words: text.slice(group.start, group.end), advice }];
  });
}
