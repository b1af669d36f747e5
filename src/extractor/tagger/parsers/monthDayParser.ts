import type { TemporalParser } from '../types';
import { MONTH_PATTERN, calendarDateMention } from './monthNames';

/** "On November 8", "November 9, 1917", "Nov. 8". */
export const monthDayParser: TemporalParser = {
  name: 'month-day',
  pattern: new RegExp(
    `\\b(?:[Oo]n\\s+)?${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
    'g',
  ),
  extract(match) {
    const [, monthName, day, year] = match;
    return calendarDateMention(match, { day, monthName, year });
  },
};
