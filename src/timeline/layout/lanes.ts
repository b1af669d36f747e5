/**
 * Lanes as the timeline draws them: the given order, any lane an event names but the
 * list lacks added at the end, a colour each, and how many sub-rows each may use.
 */
import type { Lane } from '../../lib/events/types';
import type { TimelineMarkEvent } from '../../lib/events/timelineIndex';
import type { MarkIndex } from './laneIndex';
import type { TimeWindow } from '../view/window';

/** Lane colours: each at least 3:1 against the page (WCAG 1.4.11), told apart by hue and lightness. */
export const LANE_COLOURS = [
  '#a2342b',
  '#2c5d8f',
  '#4f6f22',
  '#7b4a9b',
  '#8f5a12',
  '#2f6f6a',
] as const;

export interface DrawnLane extends Lane {
  colour: string;
  /** Sub-rows for marks: the most events of the lane that overlap in time, at most `maxRows`. */
  rows: number;
}

/**
 * The most spans that overlap at any one time: the rows a lane needs so that no
 * zoom can make two of its marks collide (an instant overlaps what contains it).
 */
export function overlapDepth(spans: readonly TimeWindow[]): number {
  // Starts and ends sorted apart (typed arrays sort natively) and walked together: at
  // equal times starts come first, as spans that only touch still need a gap between their marks.
  const starts = Float64Array.from(spans, (span) => span.start).sort();
  const ends = Float64Array.from(spans, (span) => Math.max(span.end, span.start)).sort();
  return overlapDepthSorted(starts, ends);
}

/**
 * `Math.min(cap, overlapDepth(spans))` for spans given by their starts, sorted, and
 * their ends beside them, stopping as soon as `cap` spans overlap: a dense lane of a
 * large file gets there in its first few events, and no lane's ends need sorting. The
 * ends of the spans still going on are kept in a min-heap of at most `cap`.
 */
export function overlapDepthCapped(starts: Float64Array, ends: Float64Array, cap: number): number {
  if (cap <= 0) return 0;
  const heap = new Float64Array(cap);
  let size = 0;
  let most = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    // Spans that ended before this one starts are over (one that ends as it starts still counts).
    while (size > 0 && heap[0]! < start) {
      const last = heap[--size]!;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= size) break;
        const child = left + 1 < size && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= last) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = last;
    }
    most = Math.max(most, size + 1);
    if (most >= cap) return cap;
    let at = size++;
    const end = Math.max(ends[i]!, start);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]! <= end) break;
      heap[at] = heap[parent]!;
      at = parent;
    }
    heap[at] = end;
  }
  return most;
}

/** `overlapDepth` of spans given as their starts and their ends, each sorted ascending. */
function overlapDepthSorted(starts: Float64Array, ends: Float64Array): number {
  let depth = 0;
  let most = 0;
  for (let i = 0, j = 0; i < starts.length;) {
    if (starts[i]! <= ends[j]!) {
      depth++;
      i++;
      most = Math.max(most, depth);
    } else {
      depth--;
      j++;
    }
  }
  return most;
}

/** The lanes to draw for `events`, each with its colour and number of rows. */
export function drawnLanes(
  lanes: readonly Lane[],
  events: readonly TimelineMarkEvent[],
  spans: ReadonlyMap<string, TimeWindow>,
  maxRows = 8,
): DrawnLane[] {
  const all = [...lanes];
  const spansByLane = new Map<string, TimeWindow[]>(lanes.map((lane) => [lane.id, []]));
  for (const event of events) {
    let laneSpans = spansByLane.get(event.lane);
    if (!laneSpans) {
      all.push({ id: event.lane, label: event.lane, description: '' });
      spansByLane.set(event.lane, (laneSpans = []));
    }
    laneSpans.push(spans.get(event.id)!);
  }
  return all.map((lane, index) => {
    const laneSpans = spansByLane.get(lane.id)!;
    return {
      ...lane,
      colour: LANE_COLOURS[index % LANE_COLOURS.length]!,
      rows: Math.max(1, Math.min(maxRows, overlapDepth(laneSpans))),
    };
  });
}

/**
 * `drawnLanes` from a mark index instead of a span per event: the same lanes, colours
 * and rows, with each lane's starts already sorted in the index.
 */
export function drawnLanesFromIndex(
  lanes: readonly Lane[],
  index: MarkIndex,
  maxRows = 8,
): DrawnLane[] {
  const all = [...lanes];
  const known = new Set(lanes.map((lane) => lane.id));
  for (const lane of index.lanes.keys()) {
    if (!known.has(lane)) all.push({ id: lane, label: lane, description: '' });
  }
  return all.map((lane, i) => {
    const laneIndex = index.lanes.get(lane.id);
    const depth = laneIndex ? overlapDepthCapped(laneIndex.starts, laneIndex.ends, maxRows) : 0;
    return {
      ...lane,
      colour: LANE_COLOURS[i % LANE_COLOURS.length]!,
      rows: Math.max(1, depth),
    };
  });
}

/** Vertical geometry of the lanes, in pixels from the top of the plot. */
export interface LaneBand {
  lane: DrawnLane;
  top: number;
  height: number;
}

export interface LaneGeometry {
  /** Height of the lane's header line (its label). */
  headerHeight: number;
  /** Height of one sub-row: mark plus label. */
  rowHeight: number;
  /** Space under the last row. */
  padding: number;
}

/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 66;

export const LANE_GEOMETRY: LaneGeometry = { headerHeight: 22, rowHeight: 36, padding: 6 };

/** Stacks the lanes from `top` down. */
export function stackLanes(
  lanes: readonly DrawnLane[],
  top: number,
  geometry = LANE_GEOMETRY,
): LaneBand[] {
  let y = top;
  return lanes.map((lane) => {
    const height = geometry.headerHeight + lane.rows * geometry.rowHeight + geometry.padding;
    const band = { lane, top: y, height };
    y += height;
    return band;
  });
}
