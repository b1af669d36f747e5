/**
 * What the timeline needs from an event: its span on the UTC axis and how its mark
 * shows the precision of the date.
 */
import type { TimelineEvent } from '../events/types';
import { parseFloating } from '../time/floating';
import type { MarkShape } from './layoutMarks';
import type { TimeWindow } from './window';

const MINUTE_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * `parseFloating` for the `YYYY-MM-DDTHH:MM` that events.json holds, without
 * date-fns: a hundred thousand events parse in milliseconds instead of seconds.
 * Anything else, or a date that does not exist, goes to `parseFloating`, which
 * reads it or says what is wrong.
 */
function readFloating(iso: string): number {
  const match = MINUTE_ISO.exec(iso);
  if (match) {
    const [, y, mo, d, h, mi] = match;
    const year = Number(y);
    const month = Number(mo) - 1;
    const day = Number(d);
    const ms = Date.UTC(year, month, day, Number(h), Number(mi));
    const check = new Date(ms);
    if (
      year >= 100 &&
      Number(h) < 24 &&
      Number(mi) < 60 &&
      check.getUTCMonth() === month &&
      check.getUTCDate() === day
    )
      return ms;
  }
  return parseFloating(iso);
}

/** The event's `[start, end)` on the UTC axis; an instant has `start === end`. */
export function eventSpan(event: TimelineEvent): TimeWindow {
  const start = readFloating(event.date.start);
  const end = readFloating(event.date.end);
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
