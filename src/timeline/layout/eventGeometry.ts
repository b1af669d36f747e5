/**
 * How an event's mark shows its date. (Its span on the UTC axis is read once per
 * file, by `eventSpan` in `src/lib/events/eventSpan.ts`.)
 */
import { isWindowedInstant } from '../../lib/events/eventSpan';
import type { TimelineEvent } from '../../lib/events/types';
import type { MarkShape } from './packRows';

/** A moment known to the minute is a point; anything with a window to it, a band over the window. */
export function markShape(event: TimelineEvent): MarkShape {
  const { window } = event.date;
  return window.start.earliest === window.end.latest ? 'point' : 'band';
}

/**
 * Whether the mark is drawn fuzzy (dashed, hatched, faded ends): the day is
 * approximate (`~`) or uncertain (`?`), or the event is an instant whose hour is not
 * known, so its band is where it may lie, not how long it lasted.
 */
export function isFuzzy(event: TimelineEvent): boolean {
  return event.date.approximate || event.date.uncertain || isWindowedInstant(event);
}
