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

/**
 * Gives each lane the rows its marks need when `window` (the "fit all" view) is
 * drawn `width` wide, at least the lane's own overlap depth and at most `maxRows`.
 * Worked out once per width and set of events, not per zoom frame, so lanes keep
 * their height while the reader zooms.
 */
export function fitLaneRows(
  events: readonly TimelineEvent[],
  spans: ReadonlyMap<string, TimeWindow>,
  lanes: readonly DrawnLane[],
  window: TimeWindow,
  width: number,
  measure: TextMeasurer,
  maxRows = 8,
): DrawnLane[] {
  if (width <= 0) return [...lanes];
  const open = lanes.map((lane) => ({ ...lane, rows: maxRows }));
  const { nodes } = layoutForWindow(events, spans, open, window, width, measure);
  return lanes.map((lane) => {
    const used = nodes.reduce(
      (most, node) => (node.lane === lane.id ? Math.max(most, node.row + 1) : most),
      0,
    );
    return { ...lane, rows: Math.max(1, Math.min(maxRows, Math.max(lane.rows, used))) };
  });
}
