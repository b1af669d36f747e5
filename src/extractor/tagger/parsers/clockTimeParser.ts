import type { TemporalParser } from '../types';

/** "at 10 a.m.", "at 2:30 p.m.", "at eleven o'clock" is left to the curator: numbers only. */
export const clockTimeParser: TemporalParser = {
  name: 'clock-time',
  pattern: /\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.|p\.\s?m\.|o'clock)/gi,
  extract(match) {
    const [text, hourText, minuteText, suffix] = match;
    if (!hourText || !suffix) return null;
    let hour = Number(hourText);
    const minute = minuteText ? Number(minuteText) : 0;
    if (hour > 12 && !/o'clock/i.test(suffix)) return null;
    if (hour > 23 || minute > 59) return null;
    const meridiem = suffix.toLowerCase().replace(/[\s.]/g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    return { kind: 'clock-time', index: match.index, text, components: { hour, minute } };
  },
};
