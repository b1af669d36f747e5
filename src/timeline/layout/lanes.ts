/**
 * Lanes as the timeline draws them: the given order, any lane an event names but the
 * list lacks added at the end, a colour each, and how many sub-rows each may use.
 */
import type { Lane } from '../../lib/events/types';
import type { TimelineMarkEvent } from '../../lib/events/timelineIndex';
import type { LaneIndex, MarkIndex } from './laneIndex';
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

/** A lane's ends, none before its start, sorted (a loop: `Float64Array.from` with a map is slower). */
function sortedEnds(lane: LaneIndex): Float64Array {
  const ends = new Float64Array(lane.ends.length);
  for (let k = 0; k < ends.length; k++) ends[k] = Math.max(lane.ends[k]!, lane.starts[k]!);
  return ends.sort();
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
    const depth = laneIndex ? overlapDepthSorted(laneIndex.starts, sortedEnds(laneIndex)) : 0;
    return {
      ...lane,
      colour: LANE_COLOURS[i % LANE_COLOURS.length]!,
      rows: Math.max(1, Math.min(maxRows, depth)),
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
