/**
 * The events of each lane sorted by start in flat arrays, so a window's marks are
 * found by binary search instead of a pass over every event, and a dense lane can
 * be summed up per stretch of time without an object per event. Built once per set
 * of events; every zoom frame reads it.
 */
import type { TimelineMarkEvent } from '../../lib/events/timelineIndex';
import { eventSpan } from '../../lib/events/eventSpan';
import { markShape } from './eventGeometry';
import type { EventSpans } from '../../lib/events/eventSpans';
import type { RangeMax, RangeMin } from './rangeQueries';
import type { TimeWindow } from '../view/window';

export interface LaneIndex {
  lane: string;
  /** Event ids by start, then by their order in the input. */
  ids: string[];
  titles: string[];
  /** Position of each event in the input list. */
  order: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** 1 for a point (a clock-time instant), 0 for a band. */
  points: Uint8Array;
  /** The longest span in the lane, so a window's search can reach back for marks that started before it. */
  maxSpan: number;
  /**
   * The ids of the stretches of time last summed into clusters, by stretch, for one
   * stretch length: panning and zooming within a level reuse them instead of copying
   * thousands of ids on every frame.
   */
  stretches: { binMs: number; ids: Map<number, { first: number; last: number; ids: string[] }> };
  /** Whether the lane's events came in time order, so `order` rises along it. */
  ordered: boolean;
  /** Range queries over its ends and order, made at the lane's first dense layout. */
  ranges?: { maxEnd: RangeMax; minOrder: RangeMin | null };
}

export interface MarkIndex {
  /** By lane id, in the order the lanes first appear in the input. */
  lanes: Map<string, LaneIndex>;
  count: number;
  /** From the earliest start to the latest end, or null with no events. */
  extent: TimeWindow | null;
}

/**
 * Indexes `events` (in any order) with their spans on the UTC axis, read from
 * `spans` (by position when `events` is the list it was read from) or, for an event
 * it lacks, from the event itself. No object per event.
 */
export function buildMarkIndex(
  events: readonly TimelineMarkEvent[],
  spans?: EventSpans,
): MarkIndex {
  const members = new Map<string, number[]>();
  const count = events.length;
  const own = spans?.events === events;
  const starts = own ? spans.starts : new Float64Array(count);
  const ends = own ? spans.ends : new Float64Array(count);
  // Everything read from the events in one pass: a second pass over a hundred thousand
  // objects scattered in memory costs as much again in cache misses.
  const ids = new Array<string>(count);
  const titles = new Array<string>(count);
  const points = new Uint8Array(count);
  // Files come grouped or sorted by time, so the lane is most often the last one's.
  let lastLane: string | null = null;
  let lastList: number[] = [];
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    if (!own) {
      const span = spans?.get(event.id) ?? eventSpan(event);
      starts[i] = span.start;
      ends[i] = span.end;
    }
    ids[i] = event.id;
    titles[i] = event.title;
    points[i] = markShape(event) === 'point' ? 1 : 0;
    if (event.lane !== lastLane) {
      lastLane = event.lane;
      let list = members.get(lastLane);
      if (!list) members.set(lastLane, (list = []));
      lastList = list;
    }
    lastList.push(i);
  }
  const lanes = new Map<string, LaneIndex>();
  let first = Infinity;
  let last = -Infinity;
  for (const [lane, list] of members) {
    // Most files come sorted by start already; then the sort is a single pass.
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++)
      sorted = starts[list[k - 1]!]! <= starts[list[k]!]!;
    if (!sorted) list.sort((a, b) => starts[a]! - starts[b]! || a - b);
    const n = list.length;
    const index: LaneIndex = {
      lane,
      ids: new Array<string>(n),
      titles: new Array<string>(n),
      order: new Int32Array(n),
      starts: new Float64Array(n),
      ends: new Float64Array(n),
      points: new Uint8Array(n),
      maxSpan: 0,
      stretches: { binMs: 0, ids: new Map() },
      ordered: sorted,
    };
    for (let k = 0; k < n; k++) {
      const at = list[k]!;
      const start = starts[at]!;
      const end = ends[at]!;
      index.ids[k] = ids[at]!;
      index.titles[k] = titles[at]!;
      index.order[k] = at;
      index.starts[k] = start;
      index.ends[k] = end;
      index.points[k] = points[at]!;
      index.maxSpan = Math.max(index.maxSpan, end - start);
      first = Math.min(first, start, end);
      last = Math.max(last, start, end);
    }
    lanes.set(lane, index);
  }
  return {
    lanes,
    count,
    extent: events.length ? { start: first, end: last } : null,
  };
}

/** The first position in the sorted `values` whose value is at least `value` (`>` with `after`). */
export function lowerBound(values: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after ? values[mid]! <= value : values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The positions `[from, to)` in `lane` of every event that can show in `window`:
 * those starting before its end (plus `slackMs`) and not ending before its start
 * (minus `slackMs`). A superset: the layout still drops what falls outside.
 */
export function candidateRange(
  lane: LaneIndex,
  window: TimeWindow,
  slackMs: number,
): { from: number; to: number } {
  return {
    from: lowerBound(lane.starts, window.start - slackMs - lane.maxSpan),
    to: lowerBound(lane.starts, window.end + slackMs, true),
  };
}

/**
 * Every event's id in keyboard order: the order the events were given in, which is the
 * events file's time order (a linear extension of its relations, so a telegram comes
 * after what it reports even when its window starts first). Read from the index
 * without an object per event.
 */
export function navigationOrderOf(index: MarkIndex): string[] {
  const ids = new Array<string>(index.count);
  for (const lane of index.lanes.values()) {
    for (let k = 0; k < lane.ids.length; k++) ids[lane.order[k]!] = lane.ids[k]!;
  }
  return ids;
}

/** The first id in keyboard order (`navigationOrderOf(index)[0]`) without building it. */
export function firstInOrder(index: MarkIndex): string | null {
  for (const lane of index.lanes.values()) {
    const k = lane.order.indexOf(0);
    if (k >= 0) return lane.ids[k]!;
  }
  return null;
}
