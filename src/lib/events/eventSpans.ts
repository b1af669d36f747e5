/**
 * Every event's span on the UTC axis, read once per file into two typed arrays by the
 * event's position in the file: no object per event and no table by id until an id
 * is asked for. A hundred thousand events cost two passes over their dates' strings
 * instead of a hundred thousand small objects and a map of them (~120 ms), and the
 * timeline's index reads the spans by position.
 */
import type { TimeWindow } from '../../timeline/view/window';
import { readFloating } from './eventSpan';
import type { EventDate } from './types';

type SpannedEvent = { id: string; date: Pick<EventDate, 'window'> };

export class EventSpans {
  /** The events, in the order the arrays follow. */
  readonly events: readonly SpannedEvent[];
  /** Each event's earliest start, by position. */
  readonly starts: Float64Array;
  /** Each event's latest end, never before its start, by position. */
  readonly ends: Float64Array;
  /** From the earliest start to the latest end, or null for no events. */
  readonly extent: TimeWindow | null;
  #positions: Map<string, number> | null = null;

  constructor(events: readonly SpannedEvent[]) {
    const count = events.length;
    this.events = events;
    this.starts = new Float64Array(count);
    this.ends = new Float64Array(count);
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < count; i++) {
      const { window } = events[i]!.date;
      const start = readFloating(window.start.earliest);
      const end = Math.max(start, readFloating(window.end.latest));
      this.starts[i] = start;
      this.ends[i] = end;
      if (start < first) first = start;
      if (end > last) last = end;
    }
    this.extent = count > 0 ? { start: first, end: last } : null;
  }

  /** The position of the event `id` in the file, or -1; the table by id is made at the first call. */
  positionOf(id: string): number {
    if (!this.#positions) {
      const positions = new Map<string, number>();
      for (let i = 0; i < this.events.length; i++) positions.set(this.events[i]!.id, i);
      this.#positions = positions;
    }
    return this.#positions.get(id) ?? -1;
  }

  /** The span of the event `id`, or undefined for an id not in the file. */
  get(id: string): TimeWindow | undefined {
    const at = this.positionOf(id);
    return at < 0 ? undefined : { start: this.starts[at]!, end: this.ends[at]! };
  }

  /** The smallest window holding the spans of `events` (some of this file's), or null for none. */
  extentOf(events: readonly SpannedEvent[]): TimeWindow | null {
    if (events === this.events) return this.extent;
    let start = Infinity;
    let end = -Infinity;
    for (const event of events) {
      const at = this.positionOf(event.id);
      if (at < 0) continue;
      start = Math.min(start, this.starts[at]!);
      end = Math.max(end, this.ends[at]!);
    }
    return start <= end ? { start, end } : null;
  }
}
