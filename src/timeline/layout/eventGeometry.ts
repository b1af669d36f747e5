/**
 * How an event's mark shows its date. (Its span on the UTC axis is read once per
 * file, by `eventSpan` in `src/lib/events/eventSpan.ts`.)
 */
import type { TimelineEvent } from '../../lib/events/types';
import type { MarkShape } from './packRows';

/** A moment known to the minute is a point; anything with a window to it, a band over the window. */
export function markShape(event: TimelineEvent): MarkShape {
  const { window } = event.date;
  return window.start.earliest === window.end.latest ? 'point' : 'band';
}
