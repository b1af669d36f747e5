/**
 * Prose as the reader sees it, ready to render: its marks written in the chosen
 * calendar, and the words a search matched marked in what is written (so "26 October"
 * is marked in an Old Style date as it reads, not in the `{{…}}` behind it).
 */
import type { Calendar } from '../calendar/julianDay';
import type { EventsFile } from '../events/types';
import { highlightRanges, splitAtRanges, type TextPart, type TextRange } from '../search/highlight';
import { writeProseSegments, type WrittenSegment } from './writeProse';

/** One written segment (a run of prose, or a date), cut at the search's marks. */
export interface ProsePiece {
  /** A written date's Gregorian days; absent for plain prose. */
  date?: WrittenSegment['date'];
  parts: TextPart[];
}

/** The ranges that fall inside `[start, end)`, clipped to it and made relative to `start`. */
function rangesWithin(ranges: readonly TextRange[], start: number, end: number): TextRange[] {
  return ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({
      start: Math.max(range.start, start) - start,
      end: Math.min(range.end, end) - start,
    }));
}

/**
 * `text` written for `calendar`, each segment cut into plain and marked parts for
 * `query` (as `highlightRanges` finds them, over the written text). Joining every
 * part's text gives `writeProse(text, calendar)`.
 */
export function highlightProse(
  text: string,
  calendar: Calendar,
  query = '',
  names?: Pick<EventsFile, 'people' | 'places'>,
): ProsePiece[] {
  const segments = writeProseSegments(text, calendar);
  const written = segments.map((segment) => segment.text).join('');
  const ranges = query.trim() === '' ? [] : highlightRanges(written, query, names);
  let at = 0;
  return segments.map((segment) => {
    const start = at;
    at += segment.text.length;
    const parts = splitAtRanges(segment.text, rangesWithin(ranges, start, at));
    return segment.date ? { date: segment.date, parts } : { parts };
  });
}
