import type { TemporalParser } from '../types';

const OFFSETS: Record<string, number> = {
  'the next day': 1,
  'the following day': 1,
  'next day': 1,
  'the day after': 1,
  'the next morning': 1,
  'the following morning': 1,
  'the day before': -1,
  'the previous day': -1,
  'the same day': 0,
  'that day': 0,
  'that same day': 0,
  tomorrow: 1,
  yesterday: -1,
  today: 0,
};

/** "the next day", "that day", "yesterday": a day counted from the narrative date. */
export const relativeDayParser: TemporalParser = {
  name: 'relative-day',
  pattern: new RegExp(
    `\\b(${Object.keys(OFFSETS)
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.replace(/ /g, '\\s+'))
      .join('|')})\\b`,
    'gi',
  ),
  extract(match) {
    const [text, phrase] = match;
    if (!phrase) return null;
    const offset = OFFSETS[phrase.toLowerCase().replace(/\s+/g, ' ')];
    if (offset === undefined) return null;
    const morning = /morning$/i.test(phrase);
    return {
      kind: 'relative-day',
      index: match.index,
      text,
      components: { dayOffset: offset, ...(morning ? { partOfDay: 'morning' as const } : {}) },
    };
  },
};
