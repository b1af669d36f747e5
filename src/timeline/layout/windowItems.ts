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
import { candidateRange, type LaneIndex, type MarkIndex } from './laneIndex';
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
 * A test of whether event `k` of `lane` shows in the view, as `layoutMarks` decides
 * it (some of its drawn mark more than a pixel inside); when it does, its mark's left
 * and right edges are left in `start` and `end`. No allocation per call: it runs for
 * every event in view on every frame, so it is a class (fields in fixed places), not a
 * closure with properties.
 */
class MarkEdges {
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

function binCandidates(
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
          shape: lane.points[k] ? 'point' : 'band',
          x0: x(lane.starts[k]!),
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
    const glyph = 2 * s.pointRadius;
    const markStart = Math.min(Math.max(start, binStart), limit - glyph);
    const markEnd = Math.min(Math.max(end, markStart + glyph), limit);
    const labelX = Math.max(0, markStart);
    candidates.push({
      natural: s.clusterLabelWidth,
      order,
      node: {
        kind: 'cluster',
        id: `cluster:${ids[0]}`,
        ids,
        ats,
        lane: lane.lane,
        row: 0,
        markStart,
        markEnd,
        labelX,
        labelWidth: Math.max(0, Math.min(s.clusterLabelWidth, limit - labelX)),
      },
    });
  };
  for (let k = from; k < to; k++) {
    if (!edges.shows(k)) {
      if (first >= 0) skipped = true;
      continue;
    }
    const bin = Math.floor(Math.max(lane.starts[k]!, window.start) / binMs);
    if (bin !== key) {
      flush();
      key = bin;
      first = k;
      skipped = false;
      start = edges.start;
      end = edges.end;
      order = lane.order[k]!;
    } else {
      start = Math.min(start, edges.start);
      end = Math.max(end, edges.end);
      order = Math.min(order, lane.order[k]!);
    }
    last = k;
  }
  flush();
  return candidates;
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
