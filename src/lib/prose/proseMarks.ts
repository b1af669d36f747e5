/**
 * Dates marked in prose. A curator writes a date in a summary, role, rationale or
 * note as a mark the app can write in either calendar (docs/chronology-model.md,
 * "Dates in prose"):
 *
 * - `{{1917-11-07}}`: a day, Gregorian ISO;
 * - `{{1917-11-07/1917-11-08}}`: a run of days, both ends included ("7–8 November");
 * - `{{1917-11-08|O.S.}}` or `{{…|N.S.}}`: the gloss of a quoted date, always in the
 *   calendar named, since the quotation beside it keeps the source's own calendar.
 *
 * Pure: no Svelte, no DOM. A mark that is not one of these stays in the text as a
 * `bad-mark` segment with the reason, for the extractor to refuse and the app to show
 * as written.
 */
import {
  explainInvalidDate,
  gregorianToJulian,
  type Calendar,
  type CalendarDate,
} from '../calendar/julianDay';

/** A marked date: Gregorian days, `first` to `last` included (equal for one day). */
export interface ProseDate {
  kind: 'date';
  /** The mark as written, braces and all. */
  mark: string;
  first: CalendarDate;
  last: CalendarDate;
  /** A gloss's calendar: the mark is always written in it alone. */
  only?: Calendar;
}

export type ProseSegment =
  { kind: 'text'; text: string } | ProseDate | { kind: 'bad-mark'; mark: string; problem: string };

/** What a mark looks like to the eye: anything between double braces. */
const MARK = /\{\{([^{}]*)\}\}/g;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const GLOSS: Record<string, Calendar> = { 'O.S.': 'julian', 'N.S.': 'gregorian' };

/** The forms a mark may take, for messages. */
export const MARK_FORMS =
  'a day {{1917-11-07}}, days {{1917-11-07/1917-11-08}}, or the gloss of a quoted date {{1917-11-08|O.S.}}';

function parseDay(iso: string): CalendarDate | string {
  const match = DAY.exec(iso);
  if (!match) return `"${iso}" is not a Gregorian day written YYYY-MM-DD`;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const invalid = explainInvalidDate('gregorian', date);
  if (invalid) return `${iso} is not a real day: ${invalid}`;
  try {
    // Both calendars must hold it: the app writes every mark in both.
    gregorianToJulian(date);
  } catch (error) {
    return (error as Error).message;
  }
  return date;
}

const compareDays = (a: CalendarDate, b: CalendarDate) =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** One mark's inside (`1917-11-07/1917-11-08|O.S.`) read, or why it cannot be. */
function parseMark(mark: string, inside: string): ProseSegment {
  const bad = (problem: string): ProseSegment => ({ kind: 'bad-mark', mark, problem });
  const [days = '', gloss, ...more] = inside.split('|');
  if (more.length > 0 || (gloss !== undefined && !(gloss in GLOSS))) {
    return bad(`"${mark}" is not a date mark: write ${MARK_FORMS}`);
  }
  const ends = days.split('/');
  if (ends.length > 2) return bad(`"${mark}" is not a date mark: write ${MARK_FORMS}`);
  const parsed = ends.map(parseDay);
  const problem = parsed.find((end) => typeof end === 'string');
  if (problem !== undefined) return bad(`"${mark}": ${problem}`);
  const [first, last] = [parsed[0] as CalendarDate, parsed.at(-1) as CalendarDate];
  if (compareDays(first, last) > 0) return bad(`"${mark}" ends before it starts`);
  if (ends.length === 2 && compareDays(first, last) === 0) {
    return bad(`"${mark}" is one day: write {{${ends[0]}${gloss ? `|${gloss}` : ''}}}`);
  }
  return {
    kind: 'date',
    mark,
    first,
    last,
    ...(gloss === undefined ? {} : { only: GLOSS[gloss] }),
  };
}

/** Whether a text holds anything that looks like a mark: the quick way past plain prose. */
export function hasMarks(text: string): boolean {
  return text.includes('{{');
}

/**
 * A prose text cut into its plain runs and its marks, in order: joining each
 * segment's `text` or `mark` gives the text back.
 */
export function proseSegments(text: string): ProseSegment[] {
  if (!hasMarks(text)) return text === '' ? [] : [{ kind: 'text', text }];
  const segments: ProseSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > at) segments.push({ kind: 'text', text: text.slice(at, match.index) });
    segments.push(parseMark(match[0], match[1]!));
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/**
 * Every mark of a text that cannot be written, with why, and every stray `{{` or `}}`
 * (a mark left open). Empty for a text whose marks are all good.
 */
export function markProblems(text: string): string[] {
  if (!hasMarks(text) && !text.includes('}}')) return [];
  return proseSegments(text).flatMap((segment) => {
    if (segment.kind === 'bad-mark') return [segment.problem];
    if (segment.kind !== 'text') return [];
    // The brace with two words either side, for the curator to find it by.
    const stray = /(?:\S+\s+){0,2}\S*?(\{\{|\}\})\S*(?:\s+\S+){0,2}/u.exec(segment.text);
    if (!stray) return [];
    const brace = stray[1]!;
    return [
      `"${stray[0]}" has a "${brace}" with no "${brace === '{{' ? '}}' : '{{'}": a mark is ${MARK_FORMS}`,
    ];
  });
}
