import { utc } from '@date-fns/utc';
import { format, parseISO, subMinutes } from 'date-fns';
import type { EventDate } from '../../lib/events/types';
import type { TemporalMention } from '../tagger/types';

/**
 * A date with basis "stated" must be the one the text gives: the last resolved
 * day expression inside the passage or before it ("On November 9 I received a
 * telegram. … in the morning"). Returns what disagrees, or null.
 */
export function checkStatedDate(
  date: EventDate,
  passage: { start: number; end: number },
  mentions: readonly TemporalMention[],
): string | null {
  const upToPassageEnd = mentions.filter(
    (mention) => mention.resolvedDay !== undefined && mention.index < passage.end,
  );
  const dayMention = upToPassageEnd.findLast((mention) => mention.kind !== 'clock-time');
  if (!dayMention?.resolvedDay) {
    return 'basis is "stated" but no date expression stands in or before the passage; use "narrative" or "historical"';
  }
  const firstDay = date.start.slice(0, 10);
  const lastDay = (date.end > date.start ? previousMinute(date.end) : date.start).slice(0, 10);
  if (dayMention.resolvedDay < firstDay || dayMention.resolvedDay > lastDay) {
    return `basis is "stated" but the text says "${dayMention.text}" (${dayMention.resolvedDay}) at ${dayMention.index}, outside ${firstDay}${lastDay === firstDay ? '' : `/${lastDay}`}`;
  }
  const partOfDayInPassage = upToPassageEnd.findLast(
    (mention) => mention.kind === 'part-of-day' && mention.index >= passage.start,
  );
  const stated = partOfDayInPassage?.components.partOfDay;
  if (stated && date.partOfDay && stated !== date.partOfDay) {
    return `basis is "stated" but the passage says "${partOfDayInPassage.text}" (${stated}), not ${date.partOfDay}`;
  }
  return null;
}

/** The end is exclusive: a span that ends at midnight belongs to the day before. */
function previousMinute(isoMinute: string): string {
  return format(subMinutes(parseISO(isoMinute, { in: utc }), 1), "yyyy-MM-dd'T'HH:mm");
}
