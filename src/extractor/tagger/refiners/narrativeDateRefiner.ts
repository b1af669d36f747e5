import type { TemporalMention, TemporalRefiner } from '../types';
import { shiftDayKey, weekdayOfDayKey } from './dayKey';

/**
 * Carries the narrative date from mention to mention, the way a reader does: after
 * "On November 9", "in the morning" is the morning of 9 November, "the next day" is
 * 10 November and "on Saturday" is the first Saturday on or after it. A mention
 * before any full date stays unresolved.
 */
export const narrativeDateRefiner: TemporalRefiner = {
  name: 'narrative-date',
  refine(mentions) {
    let current: string | undefined;
    return mentions.map((mention): TemporalMention => {
      if (mention.resolvedDay) {
        current = mention.resolvedDay;
        return mention;
      }
      if (current === undefined) return mention;
      const resolvedDay = resolveAgainst(current, mention);
      if (mention.kind === 'relative-day' || mention.kind === 'weekday') current = resolvedDay;
      return { ...mention, resolvedDay, resolution: 'narrative' };
    });
  },
};

function resolveAgainst(current: string, mention: TemporalMention): string {
  const { dayOffset, weekday } = mention.components;
  if (dayOffset !== undefined) return shiftDayKey(current, dayOffset);
  if (weekday !== undefined) {
    const ahead = (weekday - weekdayOfDayKey(current) + 7) % 7;
    return shiftDayKey(current, ahead);
  }
  return current;
}
