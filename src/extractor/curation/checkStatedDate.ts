import { utc } from '@date-fns/utc';
import { format, parseISO, subMinutes } from 'date-fns';
import type { EventDate } from '../../lib/events/types';
import type { TemporalMention } from '../tagger/types';

/** What the stated-date check found: the expression the date rests on, and what disagrees with it. */
export interface StatedDateCheck {
  problem: string | null;
  /** The expressions the date was checked against; they count as covered in the curator's report. */
  usedMentions: TemporalMention[];
}

/**
 * A date with basis "stated" must be the one the text gives: the last resolved
 * day expression inside the passage or before it ("On November 9 I received a
 * telegram. … in the morning").
 */
export function checkStatedDate(
  date: EventDate,
  passage: { start: number; end: number },
  mentions: readonly TemporalMention[],
): StatedDateCheck {
  const problem = findDisagreement(date, passage, mentions);
  const dayMention = lastDayMention(passage, mentions);
  const usedMentions = mentions.filter(
    (mention) =>
      mention === dayMention || (mention.index >= passage.start && mention.index < passage.end),
  );
  return { problem, usedMentions };
}

function lastDayMention(
  passage: { start: number; end: number },
  mentions: readonly TemporalMention[],
): TemporalMention | undefined {
  return mentions.findLast(
    (mention) =>
      mention.resolvedDay !== undefined &&
      mention.index < passage.end &&
      mention.kind !== 'clock-time',
  );
}

function findDisagreement(
  date: EventDate,
  passage: { start: number; end: number },
  mentions: readonly TemporalMention[],
): string | null {
  const upToPassageEnd = mentions.filter(
    (mention) => mention.resolvedDay !== undefined && mention.index < passage.end,
  );
  const dayMention = lastDayMention(passage, mentions);
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
