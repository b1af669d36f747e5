import type { TemporalParser } from '../types';
import { MONTH_PATTERN, monthNumber } from './monthNames';

/** "8 November", "on 9 November 1917" (the British order). */
export const dayMonthParser: TemporalParser = {
  name: 'day-month',
  pattern: new RegExp(
    `\\b(?:[Oo]n\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?:,?\\s+(\\d{4})\\b)?(?![\\p{L}])`,
    'gu',
  ),
  extract(match) {
    const [text, day, monthName, year] = match;
    if (!monthName || !day) return null;
    return {
      kind: 'calendar-date',
      index: match.index,
      text,
      components: {
        month: monthNumber(monthName),
        day: Number(day),
        ...(year ? { year: Number(year) } : {}),
      },
    };
  },
};
