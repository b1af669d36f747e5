/**
 * Words for how a date was established, for the details panel. (A date's window in
 * words is `src/lib/time/describeWindow.ts`; the compact date, `describeDate.ts`.)
 */
import type { DateBasis } from './types';

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
