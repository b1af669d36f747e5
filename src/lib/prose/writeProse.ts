/**
 * Prose with its marked dates written in the reader's calendar, the other following
 * in brackets, in the words the details use for an event's date:
 * "7 November 1917 (25 October O.S.)", or with the Old Style chosen
 * "25 October 1917 O.S. (7 November N.S.)".
 *
 * As a careful writer would, a text names the year at its first date and then only
 * when the year changes; and a date inside parentheses, or followed by them, puts the
 * other calendar in square brackets: "(8 November 1917 [26 October O.S.])",
 * "8 November [26 October O.S.] (by the session)", never two parentheses in a row. A gloss
 * (`{{…|O.S.}}`) is written in its own calendar alone, naming its year only where the
 * two calendars' years differ. A bad mark is written as it stands.
 */
import {
  formatCalendarDate,
  gregorianToJulian,
  type Calendar,
  type CalendarDate,
} from '../calendar/julianDay';
import { formatDaysInBothCalendars, formatSpan } from '../time/describeDate';
import { hasMarks, proseSegments, type ProseDate } from './proseMarks';

/** A run of written prose; a written date keeps its Gregorian days, for a `<time>`. */
export interface WrittenSegment {
  text: string;
  /** Set on a written mark: its first and last Gregorian day, `YYYY-MM-DD`. */
  date?: { first: string; last: string };
}

const ROUND = ['(', ')'] as const;
const SQUARE = ['[', ']'] as const;

/** How many parentheses (or brackets) are open at the end of `text`, given `depth` before it. */
function bracketDepth(text: string, depth: number): number {
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
  }
  return depth;
}

function writeGloss(date: ProseDate, only: Calendar): string {
  const julian = [gregorianToJulian(date.first), gregorianToJulian(date.last)] as const;
  const [shown, other] =
    only === 'julian' ? [julian, [date.first, date.last]] : [[date.first, date.last], julian];
  const yearDiffers = shown[0].year !== other[0].year || shown[1].year !== other[1].year;
  return `${formatSpan(shown[0], shown[1], yearDiffers)} ${only === 'julian' ? 'O.S.' : 'N.S.'}`;
}

/** The year the lead calendar names for a date: its first day's, in that calendar. */
function leadYear(date: ProseDate, calendar: Calendar): number {
  return calendar === 'julian' ? gregorianToJulian(date.first).year : date.first.year;
}

/** The text's segments written for `calendar`; joined they are `writeProse`'s string. */
export function writeProseSegments(text: string, calendar: Calendar): WrittenSegment[] {
  if (!hasMarks(text)) return text === '' ? [] : [{ text }];
  const written: WrittenSegment[] = [];
  let depth = 0;
  let lastYear: number | null = null;
  const segments = proseSegments(text);
  segments.forEach((segment, i) => {
    if (segment.kind === 'text') {
      written.push({ text: segment.text });
      depth = bracketDepth(segment.text, depth);
      return;
    }
    if (segment.kind === 'bad-mark') {
      written.push({ text: segment.mark });
      return;
    }
    const next = segments[i + 1];
    const parenthesisFollows = next?.kind === 'text' && /^\s*\(/.test(next.text);
    let words: string;
    if (segment.only) {
      words = writeGloss(segment, segment.only);
    } else {
      const year = leadYear(segment, calendar);
      words = formatDaysInBothCalendars(
        segment.first,
        segment.last,
        calendar,
        '',
        year !== lastYear,
        depth > 0 || parenthesisFollows ? SQUARE : ROUND,
      );
      lastYear = year;
    }
    written.push({ text: words, date: dayKeys(segment.first, segment.last) });
  });
  return written;
}

function dayKeys(first: CalendarDate, last: CalendarDate): { first: string; last: string } {
  return { first: formatCalendarDate(first), last: formatCalendarDate(last) };
}

/** The text with every mark written for `calendar`: what the reader sees. */
export function writeProse(text: string, calendar: Calendar): string {
  if (!hasMarks(text)) return text;
  return writeProseSegments(text, calendar)
    .map((segment) => segment.text)
    .join('');
}

/**
 * The text as a search should see it: written in both calendars, one per line, so
 * that what either calendar shows is found. A text without marks is itself.
 */
export function proseInBothCalendars(text: string): string {
  if (!hasMarks(text)) return text;
  return `${writeProse(text, 'gregorian')}\n${writeProse(text, 'julian')}`;
}
