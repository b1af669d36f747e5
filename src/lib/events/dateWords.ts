/**
 * The ways a date is established (its basis), in order from the page outwards, and
 * their words: for the reader (the details panel, the guide, the list) and for the
 * curator who chooses one (the workbench's form). The one source of both. (A date's window in
 * words is `src/lib/time/describeWindow.ts`; the compact date, `describeDate.ts`.)
 */
import type { DateBasis } from './types';

/** Every basis, from the page outwards: what it states, what its story implies, what other sources give. */
export const DATE_BASES: readonly DateBasis[] = ['stated', 'narrative', 'historical'];

export const BASIS_LABELS: Record<
  DateBasis,
  {
    label: string;
    explanation: string;
    /** When a curator chooses it, as the workbench's form says. */
    whenToChoose: string;
  }
> = {
  stated: {
    label: 'Stated in the text',
    explanation: 'The page itself gives this date.',
    whenToChoose: 'stated by the page, in or before the passage',
  },
  narrative: {
    label: 'Follows from the narrative',
    explanation:
      'The page does not date this directly; the date follows from the order of the story.',
    whenToChoose: 'follows from the narrative',
  },
  historical: {
    label: 'Historical record',
    explanation: 'The page does not date this; the date comes from other historical sources.',
    whenToChoose: 'from outside the page (give citations)',
  },
};
