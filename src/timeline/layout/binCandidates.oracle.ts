/**
 * The test oracle for `binCandidates`: the clusters of a dense lane found by a pass
 * over every event that can show, as the timeline did before it summed them per
 * stretch with range queries (with one fix: a stretch after one with gaps took that
 * one's last edges for its own). The two must agree on every lane, window and stretch.
 */
import { eventCandidate, type Candidate, type Settings } from './packRows';
import type { LaneIndex } from './laneIndex';
import type { TextMeasurer } from './measureText';
import type { TimeWindow } from '../view/window';
// Which events show, and their edges, are the timeline's own; the oracle redoes the binning.
import { MarkEdges, clusterCandidate } from './windowItems';

export function binCandidatesByScan(
  lane: LaneIndex,
  from: number,
  to: number,
  window: TimeWindow,
  pxPerMs: number,
  binMs: number,
  s: Settings,
  measure: TextMeasurer,
): Candidate[] {
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
      ids = lane.ids.slice(first, last + 1);
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
  for (let k = from; k < to; k++) {
    if (!edges.shows(k)) {
      if (first >= 0) skipped = true;
      continue;
    }
    const bin = Math.floor(Math.max(lane.starts[k]!, window.start) / binMs);
    if (bin !== key) {
      // Read before the flush, whose pass over a stretch with gaps moves `edges` on.
      const { start: markStart, end: markEnd } = edges;
      flush();
      key = bin;
      first = k;
      skipped = false;
      start = markStart;
      end = markEnd;
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
