import { MONTH_NAMES } from '../../../lib/calendar/julianDay';
import type { TemporalMention } from '../types';

/** "Jan", "Jan.", "January" → 1. */
export const MONTH_PATTERN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix);
  if (index < 0) throw new Error(`not a month name: ${name}`);
  return index + 1;
}

/** A calendar-date mention from a match's day, month name and optional year, in either order. */
export function calendarDateMention(
  match: RegExpExecArray,
  parts: { day: string | undefined; monthName: string | undefined; year: string | undefined },
): TemporalMention | null {
  const { day, monthName, year } = parts;
  if (!monthName || !day) return null;
  return {
    kind: 'calendar-date',
    index: match.index,
    text: match[0],
    components: {
      month: monthNumber(monthName),
      day: Number(day),
      ...(year ? { year: Number(year) } : {}),
    },
  };
}
