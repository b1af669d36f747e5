/**
 * From events to the layout's items for a given window: pixels on a linear scale of
 * the window across the plot's width, label widths from a measurer.
 *
 * Only the events that can show in the window are looked at (a binary search in
 * each lane's time-sorted index). A lane with more of them than `DETAIL_LIMIT` is
 * drawn at a coarser level of detail: its events are summed into clusters, one per
 * stretch of time at least `BIN_PX` wide (aligned to the axis, so panning keeps
 * them), that split as the reader zooms in. Below the limit every event goes through
 * `layoutMarks` as it always has.
 */
import {
  byExtent,
  eventCandidate,
  layoutMarks,
  pack,
  withDefaults,
  type Candidate,
  type LayoutItem,
  type MarksLayout,
  type PlacedNode,
  type Settings,
} from './packRows';
import type { DrawnLane } from './lanes';
import { candidateRange, lowerBound, type LaneIndex, type MarkIndex } from './laneIndex';
import { RangeMax, RangeMin } from './rangeQueries';
import type { TextMeasurer } from './measureText';
import type { TimeWindow } from '../view/window';

/** Above this many events that can show in one lane, the lane is drawn as clusters per stretch of time. */
export const DETAIL_LIMIT = 40;
/** The narrowest stretch of time summed into one cluster, in pixels. */
export const BIN_PX = 80;

/**
 * Lays out the marks of the events in `index` as they fall in `window` drawn `width`
 * pixels wide. The index is built once for the events; every frame reads it.
 */
export function layoutIndexed(
  index: MarkIndex,
  lanes: readonly DrawnLane[],
  window: TimeWindow,
  width: number,
  measure: TextMeasurer,
): MarksLayout {
  const rowsPerLane = Object.fromEntries(lanes.map((lane) => [lane.id, lane.rows]));
  const s = withDefaults({ width, rowsPerLane });
  const nodes: PlacedNode[] = [];
  if (width > 0) {
    const pxPerMs = width / (window.end - window.start);
    const x = (time: number) => (time - window.start) * pxPerMs;
    // Far enough past either edge to catch a mark whose drawn extent reaches into view.
    const slackMs = (Math.max(s.pointRadius, s.minBandWidth) + 2) / pxPerMs;
    const detailed: (LayoutItem & { at: number })[] = [];
    const dense: PlacedNode[] = [];
    for (const lane of index.lanes.values()) {
      const { from, to } = candidateRange(lane, window, slackMs);
      const edges = new MarkEdges(lane, window, pxPerMs, s);
      let shown = to - from;
      if (shown > DETAIL_LIMIT) {
        // The range reaches back for long spans; most of it may have ended before the view.
        // Counting stops past the limit: the lane is dense then, however many more there are.
        shown = 0;
        for (let k = from; k < to && shown <= DETAIL_LIMIT; k++) if (edges.shows(k)) shown++;
      }
      if (shown > DETAIL_LIMIT) {
        const rows = s.rowsPerLane[lane.lane] ?? s.defaultRows;
        dense.push(...layoutDenseLane(lane, from, to, window, pxPerMs, rows, s, measure));
        continue;
      }
      for (let k = from; k < to; k++) {
        if (shown < to - from && !edges.shows(k)) continue;
        detailed.push({
          id: lane.ids[k]!,
          lane: lane.lane,
          shape: lane.points[k] ? 'point' : 'band',
          x0: x(lane.starts[k]!),
          x1: x(lane.ends[k]!),
          labelWidth: measure(lane.titles[k]!),
          at: lane.order[k]!,
        });
      }
    }
    // In input order (`at`), as the layout breaks ties by it.
    detailed.sort((a, b) => a.at - b.at);
    nodes.push(...layoutMarks(detailed, s).nodes, ...dense);
  }
  return withOffscreen(nodes, index);
}

/**
 * A cluster's candidate from its members and the extent of their marks, kept inside the
 * stretch it sums and the plot (`limit`), as wide as a dot at least.
 */
export function clusterCandidate(
  laneId: string,
  ids: string[],
  ats: ArrayLike<number>,
  start: number,
  end: number,
  binStart: number,
  limit: number,
  order: number,
  s: Settings,
): Candidate {
  const glyph = 2 * s.pointRadius;
  const markStart = Math.min(Math.max(start, binStart), limit - glyph);
  const markEnd = Math.min(Math.max(end, markStart + glyph), limit);
  const labelX = Math.max(0, markStart);
  return {
    natural: s.clusterLabelWidth,
    order,
    node: {
      kind: 'cluster',
      id: `cluster:${ids[0]}`,
      ids,
      ats,
      lane: laneId,
      row: 0,
      markStart,
      markEnd,
      labelX,
      labelWidth: Math.max(0, Math.min(s.clusterLabelWidth, limit - labelX)),
    },
  };
}

/**
 * A test of whether event `k` of `lane` shows in the view, as `layoutMarks` decides
 * it (some of its drawn mark more than a pixel inside); when it does, its mark's left
 * and right edges are left in `start` and `end`. No allocation per call: it runs for
 * every event in view on every frame, so it is a class (fields in fixed places), not a
 * closure with properties.
 */
export class MarkEdges {
  start = 0;
  end = 0;
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  readonly #points: Uint8Array;
  readonly #from: number;
  readonly #pxPerMs: number;
  readonly #radius: number;
  readonly #minBand: number;
  readonly #right: number;

  constructor(lane: LaneIndex, window: TimeWindow, pxPerMs: number, s: Settings) {
    this.#starts = lane.starts;
    this.#ends = lane.ends;
    this.#points = lane.points;
    this.#from = window.start;
    this.#pxPerMs = pxPerMs;
    this.#radius = s.pointRadius;
    this.#minBand = s.minBandWidth;
    this.#right = s.width - 1;
  }

  shows(k: number): boolean {
    const x0 = (this.#starts[k]! - this.#from) * this.#pxPerMs;
    if (this.#points[k]) {
      this.start = x0 - this.#radius;
      this.end = x0 + this.#radius;
    } else {
      this.start = x0;
      this.end = Math.max((this.#ends[k]! - this.#from) * this.#pxPerMs, x0 + this.#minBand);
    }
    return this.end > 1 && this.start < this.#right;
  }
}

/** The layout, with the ids of the events not drawn worked out only when asked for. */
function withOffscreen(nodes: PlacedNode[], index: MarkIndex): MarksLayout {
  let offscreen: string[] | null = null;
  return {
    nodes,
    get offscreen() {
      if (offscreen) return offscreen;
      const shown = new Set(
        nodes.flatMap((node) => (node.kind === 'event' ? [node.id] : node.ids)),
      );
      const byOrder = new Array<string>(index.count);
      for (const lane of index.lanes.values())
        lane.ids.forEach((id, k) => (byOrder[lane.order[k]!] = id));
      offscreen = byOrder.filter((id) => !shown.has(id));
      return offscreen;
    },
  };
}

/**
 * A dense lane: its events summed per stretch of `binMs` (a power of two of
 * milliseconds at least `BIN_PX` wide), a lone event drawn as itself; stretches
 * double until the clusters fit the lane's rows.
 */
function layoutDenseLane(
  lane: LaneIndex,
  from: number,
  to: number,
  window: TimeWindow,
  pxPerMs: number,
  rows: number,
  s: Settings,
  measure: TextMeasurer,
): PlacedNode[] {
  let binMs = 2 ** Math.ceil(Math.log2(BIN_PX / pxPerMs));
  for (;;) {
    const candidates = binCandidates(lane, from, to, window, pxPerMs, binMs, s, measure);
    candidates.sort(byExtent);
    if (pack(candidates, Math.max(rows, 1), s) || candidates.length <= 1) {
      return candidates.map((candidate) => candidate.node);
    }
    binMs *= 2;
  }
}

/**
 * The candidates of a dense lane for stretches of `binMs` (clusters, or an event alone
 * in its stretch), from its events that can show, `[from, to)`. Those that surely show
 * (starting inside the view, a pixel or more from either edge) are summed a stretch at
 * a time by binary search and range queries, so a frame costs a few dozen look-ups
 * per lane however many events are in view; the events near the edges, which may or
 * may not show, are looked at one by one. `binCandidatesByScan` (the test oracle) is
 * the same result from a pass over every event.
 */
export function binCandidates(
  lane: LaneIndex,
  from: number,
  to: number,
  window: TimeWindow,
  pxPerMs: number,
  binMs: number,
  s: Settings,
  measure: TextMeasurer,
): Candidate[] {
  if (lane.stretches.binMs !== binMs) lane.stretches = { binMs, ids: new Map() };
  const x = (time: number) => (time - window.start) * pxPerMs;
  const { starts, points } = lane;
  const candidates: Candidate[] = [];
  let key = NaN;
  let first = -1;
  let last = -1;
  let skipped = false;
  let start = 0;
  let end = 0;
  let order = 0;
  const edges = new MarkEdges(lane, window, pxPerMs, s);
  const flush = () => {
    if (first < 0) return;
    // Everything of a stretch stays inside it, short of the next by the gap between
    // marks, so the stretches never collide and one row always holds them.
    const binStart = x(key * binMs);
    const limit = Math.min(x((key + 1) * binMs) - s.gap, s.width);
    if (first === last) {
      const k = first;
      const natural = measure(lane.titles[k]!);
      const alone = eventCandidate(
        {
          id: lane.ids[k]!,
          lane: lane.lane,
          shape: points[k] ? 'point' : 'band',
          x0: x(starts[k]!),
          x1: x(lane.ends[k]!),
          labelWidth: natural,
          order: lane.order[k]!,
          at: lane.order[k]!,
        },
        s,
      );
      const node = alone.node;
      const room = limit - node.labelX;
      const lower = binStart <= 0 ? -Infinity : binStart;
      if (
        Math.min(node.markStart, node.labelX) >= lower &&
        node.markEnd <= limit &&
        room >= Math.min(s.minLabelWidth, natural)
      ) {
        node.labelWidth = Math.min(node.labelWidth, room);
        if (node.kind === 'event') node.truncated = node.labelWidth < natural;
        candidates.push(alone);
        return;
      }
      // A long span or a label with no room: shown as a cluster of one, which zooms in on it.
    }
    let ids: string[];
    let ats: ArrayLike<number>;
    if (!skipped) {
      const kept = lane.stretches.ids.get(key);
      if (kept && kept.first === first && kept.last === last) ids = kept.ids;
      else {
        ids = lane.ids.slice(first, last + 1);
        lane.stretches.ids.set(key, { first, last, ids });
      }
      ats = lane.order.subarray(first, last + 1);
    } else {
      ids = [];
      const positions: number[] = [];
      for (let k = first; k <= last; k++) {
        if (!edges.shows(k)) continue;
        ids.push(lane.ids[k]!);
        positions.push(lane.order[k]!);
      }
      ats = positions;
    }
    candidates.push(clusterCandidate(lane.lane, ids, ats, start, end, binStart, limit, order, s));
  };
  /** Starts a stretch's candidate at event `k`, its first member. */
  const open = (bin: number, k: number) => {
    flush();
    key = bin;
    first = k;
    skipped = false;
    start = Infinity;
    end = -Infinity;
    order = Infinity;
  };
  /** One event that may or may not show, looked at on its own. */
  const addOne = (k: number) => {
    if (!edges.shows(k)) {
      if (first >= 0) skipped = true;
      return;
    }
    // Its edges are read before `open`, whose flush of the stretch before may test others.
    const markStart = edges.start;
    const markEnd = edges.end;
    const bin = Math.floor(Math.max(starts[k]!, window.start) / binMs);
    if (bin !== key) open(bin, k);
    start = Math.min(start, markStart);
    end = Math.max(end, markEnd);
    order = Math.min(order, lane.order[k]!);
    last = k;
  };
  const { maxEnd, minOrder } = rangesOf(lane);
  const radius = s.pointRadius;
  const widest = Math.max(s.pointRadius, s.minBandWidth);
  /** The events `[lo, hi)` of stretch `bin`, every one of which shows, summed at once. */
  const addRun = (bin: number, lo: number, hi: number) => {
    if (bin !== key) open(bin, lo);
    // The leftmost edge is among the first few (a dot reaches `radius` left of its time),
    // the rightmost among the last few or the latest end (a band's, or a dot's right side).
    for (let k = lo; k < hi && x(starts[k]!) - radius < start; k++)
      start = Math.min(start, edges.shows(k) ? edges.start : start);
    for (let k = hi - 1; k >= lo && x(starts[k]!) + widest > end; k--)
      end = Math.max(end, edges.shows(k) ? edges.end : end);
    end = Math.max(end, x(maxEnd.over(lo, hi)));
    order = Math.min(order, minOrder ? minOrder.over(lo, hi) : lane.order[lo]!);
    last = hi - 1;
  };
  // Events that surely show: starting in the view, a pixel clear of each edge (a band
  // at least `minBandWidth` wide, a dot `radius` either side of its time).
  const sureFrom =
    window.start + Math.max(0, 2 - Math.min(s.pointRadius, s.minBandWidth)) / pxPerMs;
  const sureTo = window.start + (s.width - 2) / pxPerMs;
  const middleFrom = Math.min(Math.max(lowerBound(starts, sureFrom), from), to);
  const middleTo = Math.min(Math.max(lowerBound(starts, sureTo), middleFrom), to);
  for (let k = from; k < middleFrom; k++) addOne(k);
  for (let k = middleFrom; k < middleTo;) {
    const bin = Math.floor(starts[k]! / binMs);
    const next = firstAfterBin(starts, k, middleTo, bin, binMs);
    addRun(bin, k, next);
    k = next;
  }
  for (let k = middleTo; k < to; k++) addOne(k);
  flush();
  return candidates;
}

/** The first position in `[from, to)` of the sorted `starts` past stretch `bin`, or `to`. */
function firstAfterBin(
  starts: Float64Array,
  from: number,
  to: number,
  bin: number,
  binMs: number,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (Math.floor(starts[mid]! / binMs) <= bin) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A lane's range queries, made at its first dense layout and kept with it. */
function rangesOf(lane: LaneIndex): NonNullable<LaneIndex['ranges']> {
  return (lane.ranges ??= {
    maxEnd: new RangeMax(lane.ends),
    // A lane given in time order keeps the input's order: its smallest is its first.
    minOrder: lane.ordered ? null : new RangeMin(lane.order),
  });
}

/** The lanes with the rows their marks need, and the "fit all" window's layout when it is known. */
export interface FittedLanes {
  lanes: DrawnLane[];
  /**
   * The layout of the "fit all" window with these lanes, when working out the rows gave
   * it: every lane with events then takes the most rows, which they were counted with.
   */
  layout: MarksLayout | null;
}

/**
 * Gives each lane the rows its marks need when `window` (the "fit all" view) is
 * drawn `width` wide, at least the lane's own overlap depth and at most `maxRows`.
 * Worked out once per width and set of events, not per zoom frame, so lanes keep
 * their height while the reader zooms. The layout it counts the rows in is the
 * window's own layout when every lane with events takes `maxRows` (a large file's do), so
 * the first drawing of that window need not lay it out again.
 */
export function fitLanesIndexed(
  index: MarkIndex,
  lanes: readonly DrawnLane[],
  window: TimeWindow,
  width: number,
  measure: TextMeasurer,
  maxRows = 8,
): FittedLanes {
  if (width <= 0) return { lanes: [...lanes], layout: null };
  const open = lanes.map((lane) => ({ ...lane, rows: maxRows }));
  const layout = layoutIndexed(index, open, window, width, measure);
  const used = new Map<string, number>();
  for (const node of layout.nodes)
    used.set(node.lane, Math.max(used.get(node.lane) ?? 0, node.row + 1));
  const fitted = lanes.map((lane) => ({
    ...lane,
    rows: Math.max(1, Math.min(maxRows, Math.max(lane.rows, used.get(lane.id) ?? 0))),
  }));
  return {
    lanes: fitted,
    layout: fitted.every((lane) => lane.rows === maxRows || !index.lanes.has(lane.id))
      ? layout
      : null,
  };
}
