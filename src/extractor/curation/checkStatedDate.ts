import type { DateShape, PartOfDay } from '../../lib/events/types';
import { minutesToIso } from '../../lib/chronology/minutes';
import type { MinuteWindow } from '../../lib/chronology/solveChronology';
import type { TemporalMention } from '../tagger/types';

/** What the check reads of a resolved date: its own window, shape and part of day. */
export interface StatedDate {
  shape: DateShape;
  own: MinuteWindow;
  partOfDay?: PartOfDay;
}

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
  date: StatedDate,
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

/** The day expression a passage's date rests on: the last resolved one in it or before it. */
export function lastDayMention(
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
  date: StatedDate,
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
  // The days the date may touch: a moment's up to its latest minute, a span's up to the
  // minute before its latest (exclusive) end. An open end admits any day that way.
  const last = date.shape === 'instant' ? date.own.start.latest : date.own.end.latest - 1;
  const dayOf = (minutes: number) => minutesToIso(minutes).slice(0, 10);
  const firstDay = Number.isFinite(date.own.start.earliest) ? dayOf(date.own.start.earliest) : '';
  const lastDay = Number.isFinite(last) ? dayOf(last) : '9999-12-31';
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
