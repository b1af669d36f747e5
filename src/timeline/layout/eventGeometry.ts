/**
 * How an event's mark shows the precision of its date. (Its span on the UTC axis is
 * read once per file, by `eventSpan` in `src/lib/events/eventSpan.ts`.)
 */
import type { TimelineEvent } from '../../lib/events/types';
import type { MarkShape } from './packRows';

/** A clock-time instant is a point; a part of a day, a day or days are a band over the span. */
export function markShape(event: TimelineEvent): MarkShape {
  return event.date.precision === 'minute' ? 'point' : 'band';
}

/** Whether the mark is drawn fuzzy: the day is approximate (`~`) or uncertain (`?`). */
export function isFuzzy(event: TimelineEvent): boolean {
  return event.date.approximate || event.date.uncertain;
}
