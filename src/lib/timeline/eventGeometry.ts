/**
 * What the timeline needs from an event: its span on the UTC axis and how its mark
 * shows the precision of the date.
 */
import type { TimelineEvent } from '../events/types';
import { parseFloating } from '../time/floating';
import type { MarkShape } from './layoutMarks';
import type { TimeWindow } from './window';

/** The event's `[start, end)` on the UTC axis; an instant has `start === end`. */
export function eventSpan(event: TimelineEvent): TimeWindow {
  const start = parseFloating(event.date.start);
  const end = parseFloating(event.date.end);
  return { start, end: Math.max(start, end) };
}

/** A clock-time instant is a point; a part of a day, a day or days are a band over the span. */
export function markShape(event: TimelineEvent): MarkShape {
  return event.date.precision === 'minute' ? 'point' : 'band';
}

/** Whether the mark is drawn fuzzy: the day is approximate (`~`) or uncertain (`?`). */
export function isFuzzy(event: TimelineEvent): boolean {
  return event.date.approximate || event.date.uncertain;
}

/** Spans of many events, for fitting the view. */
export function eventSpans(events: readonly TimelineEvent[]): TimeWindow[] {
  return events.map(eventSpan);
}
