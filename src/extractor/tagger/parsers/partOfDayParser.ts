import type { PartOfDay } from '../../../lib/events/types';
import type { TemporalParser } from '../types';

/** "in the morning", "that night", "at dawn", "late in the evening". */
export const partOfDayParser: TemporalParser = {
  name: 'part-of-day',
  pattern:
    /\b(?:(?:early|late)\s+)?(?:in\s+the|that|this|the\s+same|at|during\s+the|by)\s+(morning|afternoon|evening|night|dawn|daybreak|midnight|noon|nightfall|dusk)\b/gi,
  extract(match) {
    const [text, word] = match;
    if (!word) return null;
    return {
      kind: 'part-of-day',
      index: match.index,
      text,
      components: { partOfDay: partOfDayOf(word.toLowerCase()) },
    };
  },
};

function partOfDayOf(word: string): PartOfDay {
  switch (word) {
    case 'dawn':
    case 'daybreak':
    case 'morning':
      return 'morning';
    case 'noon':
    case 'afternoon':
      return 'afternoon';
    case 'evening':
    case 'dusk':
    case 'nightfall':
      return 'evening';
    default:
      return 'night';
  }
}
