/**
 * Which places have events in the visible window. Pure; times are milliseconds on
 * the floating UTC axis, spans are `[start, end)` as in the events file.
 */
import type { TimelineEvent } from '../events/types';
import { eventSpan } from '../events/eventSpan';

/** A stretch of the floating UTC axis, `[start, end)`; null means "everything". */
export type VisibleWindow = { start: number; end: number } | null;

/**
 * Whether an event shows in the window: its span overlaps it, or, for an instant,
 * the instant lies inside it.
 */
export function isEventInWindow(event: TimelineEvent, window: VisibleWindow): boolean {
  if (!window) return true;
  const { start, end } = eventSpan(event);
  if (end <= start) return start >= window.start && start < window.end;
  return start < window.end && end > window.start;
}

/**
 * The ids of the events in view for each place, in the order of `events`. Places
 * with no event in view are absent, so `has(id)` answers "is it lit".
 */
export function eventsInViewByPlace(
  events: readonly TimelineEvent[],
  window: VisibleWindow,
): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const event of events) {
    if (!isEventInWindow(event, window)) continue;
    for (const place of new Set(event.places)) {
      const list = byPlace.get(place);
      if (list) list.push(event.id);
      else byPlace.set(place, [event.id]);
    }
  }
  return byPlace;
}
