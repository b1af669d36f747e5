/** Words for how well a date is known and how it was established, for the details panel. */
import { datePrecision, type DatePrecision } from './datePrecision';
import type { DateBasis, EventDate } from './types';

const PRECISION: Record<DatePrecision, string> = {
  minute: 'Known to the minute',
  'part-of-day': 'Known to the part of the day',
  day: 'Known to the day',
  days: 'Known only to within a few days',
};

/**
 * "Known to the day, approximate": how finely the curated date is known, then whether
 * it is approximate or uncertain.
 */
export function describePrecision(
  date: Pick<EventDate, 'time' | 'partOfDay' | 'own' | 'shape' | 'approximate' | 'uncertain'>,
): string {
  const flags = [date.approximate && 'approximate', date.uncertain && 'uncertain'].filter(Boolean);
  return [PRECISION[datePrecision(date)] ?? 'Precision not given', ...flags].join(', ');
}

export const BASIS_LABELS: Record<DateBasis, { label: string; explanation: string }> = {
  stated: {
    label: 'Stated in the text',
    explanation: 'The page itself gives this date.',
  },
  narrative: {
    label: 'Follows from the narrative',
    explanation:
      'The page does not date this directly; the date follows from the order of the story.',
  },
  historical: {
    label: 'Historical record',
    explanation: 'The page does not date this; the date comes from other historical sources.',
  },
};
