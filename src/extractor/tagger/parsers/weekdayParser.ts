import type { TemporalParser } from '../types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "on Thursday", "Friday": a day of the week, resolved later against the narrative date. */
export const weekdayParser: TemporalParser = {
  name: 'weekday',
  pattern: new RegExp(`\\b(?:[Oo]n\\s+)?(${WEEKDAYS.join('|')})\\b`, 'g'),
  extract(match) {
    const [text, name] = match;
    if (!name) return null;
    return {
      kind: 'weekday',
      index: match.index,
      text,
      components: { weekday: WEEKDAYS.indexOf(name) },
    };
  },
};
