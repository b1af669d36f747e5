import type { TemporalParser } from '../types';
import { MONTH_PATTERN, calendarDateMention } from './monthNames';

/** "8 November", "on 9 November 1917" (the British order). */
export const dayMonthParser: TemporalParser = {
  name: 'day-month',
  pattern: new RegExp(
    `\\b(?:[Oo]n\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?:,?\\s+(\\d{4})\\b)?(?![\\p{L}])`,
    'gu',
  ),
  extract(match) {
    const [, day, monthName, year] = match;
    return calendarDateMention(match, { day, monthName, year });
  },
};
