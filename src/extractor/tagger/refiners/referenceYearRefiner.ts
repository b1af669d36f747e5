import { isExists } from 'date-fns';
import type { TemporalRefiner } from '../types';
import { dayKey } from './dayKey';

/**
 * Gives a month-and-day mention the year the narrative is in ("On November 8" in a
 * memoir of 1917) and resolves it; drops a "date" that no calendar has (November 31),
 * which is more likely OCR noise than a date.
 */
export const referenceYearRefiner: TemporalRefiner = {
  name: 'reference-year',
  refine(mentions, _text, context) {
    return mentions.flatMap((mention) => {
      if (mention.kind !== 'calendar-date') return [mention];
      const { month, day } = mention.components;
      if (month === undefined || day === undefined) return [];
      const explicit = mention.components.year !== undefined;
      const year = mention.components.year ?? context.referenceYear;
      if (!isExists(year, month - 1, day)) return [];
      return [
        {
          ...mention,
          components: { ...mention.components, year },
          resolvedDay: dayKey(year, month, day),
          resolution: explicit ? ('explicit' as const) : ('reference-year' as const),
        },
      ];
    });
  },
};
