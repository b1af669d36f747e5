/**
 * From events to the layout's items for a given window: pixels on a linear scale of
 * the window across the plot's width, label widths from a measurer.
 */
import type { TimelineEvent } from '../events/types';
import { markShape } from './eventGeometry';
import { layoutMarks, type MarksLayout } from './layoutMarks';
import type { DrawnLane } from './lanes';
import type { TextMeasurer } from './measureText';
import type { TimeWindow } from './window';

/** Lays out the marks of `events` as they fall in `window` drawn `width` pixels wide. */
export function layoutForWindow(
  events: readonly TimelineEvent[],
  spans: ReadonlyMap<string, TimeWindow>,
  lanes: readonly DrawnLane[],
  window: TimeWindow,
  width: number,
  measure: TextMeasurer,
): MarksLayout {
  const pxPerMs = width / (window.end - window.start);
  const x = (time: number) => (time - window.start) * pxPerMs;
  const items = events.map((event) => {
    const span = spans.get(event.id)!;
    return {
      id: event.id,
      lane: event.lane,
      shape: markShape(event),
      x0: x(span.start),
      x1: x(span.end),
      labelWidth: measure(event.title),
    };
  });
  const rowsPerLane = Object.fromEntries(lanes.map((lane) => [lane.id, lane.rows]));
  return layoutMarks(items, { width, rowsPerLane });
}
