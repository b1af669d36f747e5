/**
 * Where each mark and its label go so that nothing overlaps: greedy interval packing
 * into sub-rows per lane by pixel extent (the mark plus its label), shortening a
 * label when the next mark in its row needs the room, and clustering marks that sit
 * too close together to be told apart. Re-run on every zoom frame; it is linear in
 * the number of items times the number of rows.
 */

import { MergeQueue, type Extent } from './closestPairs';

export type MarkShape = 'point' | 'band';

/** One event as the layout sees it: pixels on the current scale. */
export interface LayoutItem {
  id: string;
  lane: string;
  shape: MarkShape;
  /** Left edge of the mark; for a point, its centre. */
  x0: number;
  /** Right edge of the mark; equal to `x0` for a point. */
  x1: number;
  /** Natural width of the label text in pixels. */
  labelWidth: number;
  /**
   * Where the event sits in the list the items were made from, carried to its node so
   * that drawing it needs no table by id (hashing 100,000 ids costs more than a frame).
   */
  at?: number;
}

export interface LayoutOptions {
  /** Width of the view; items with less than a pixel inside `[0, width]` are left out. */
  width: number;
  /** Sub-rows each lane may use, by lane id; lanes not listed get `defaultRows`. */
  rowsPerLane?: Readonly<Record<string, number>>;
  /** Sub-rows for a lane without its own entry; default 3. */
  defaultRows?: number;
  /** Radius of a point mark; default 6. */
  pointRadius?: number;
  /** The narrowest a band is drawn, so a very short span stays visible; default 6. */
  minBandWidth?: number;
  /** Clear pixels between neighbours in a row; default 10. */
  gap?: number;
  /** A label is never shortened below this (with its ellipsis); default 56. */
  minLabelWidth?: number;
  /** Width of a cluster's label ("12 events"); default 64. */
  clusterLabelWidth?: number;
  /** Near the right edge a label is pulled left until this much of it shows; default 120. */
  edgeLabelWidth?: number;
}

interface PlacedBase {
  lane: string;
  /** Sub-row within the lane, from 0. */
  row: number;
  /** Left and right pixel edges of the drawn mark. */
  markStart: number;
  markEnd: number;
  /** Left edge of the label and the width it may take (it is shortened with an ellipsis beyond). */
  labelX: number;
  labelWidth: number;
}

export interface PlacedEvent extends PlacedBase {
  kind: 'event';
  id: string;
  shape: MarkShape;
  /** Whether `labelWidth` is less than the label's natural width. */
  truncated: boolean;
  /** The item's `at`, when it had one. */
  at?: number;
}

export interface PlacedCluster extends PlacedBase {
  kind: 'cluster';
  /** `cluster:` plus the first member's id: stable while the cluster keeps its first member. */
  id: string;
  /** Ids of the events drawn as this cluster, in the order given. */
  ids: string[];
  /** The members' `at`, beside `ids`, when the items had one. */
  ats?: ArrayLike<number>;
}

export type PlacedNode = PlacedEvent | PlacedCluster;

export interface MarksLayout {
  nodes: PlacedNode[];
  /** Ids of events wholly outside the view. */
  offscreen: string[];
}

/** An item with its position in the input. */
export type Indexed = LayoutItem & { order: number };

export interface Candidate {
  node: PlacedNode;
  /** Position of the (first) item in the input, to break ties in source order. */
  order: number;
  /** Natural label width, before any shortening. */
  natural: number;
}

/** Left and right of everything a node occupies: its mark and its label. */
export function occupiedExtent(node: PlacedBase): [number, number] {
  return [
    Math.min(node.markStart, node.labelX),
    Math.max(node.markEnd, node.labelX + node.labelWidth),
  ];
}

export function withDefaults(options: LayoutOptions) {
  return {
    width: options.width,
    rowsPerLane: options.rowsPerLane ?? {},
    defaultRows: options.defaultRows ?? 3,
    pointRadius: options.pointRadius ?? 6,
    minBandWidth: options.minBandWidth ?? 6,
    gap: options.gap ?? 10,
    minLabelWidth: options.minLabelWidth ?? 56,
    clusterLabelWidth: options.clusterLabelWidth ?? 64,
    edgeLabelWidth: options.edgeLabelWidth ?? 120,
  };
}
export type Settings = ReturnType<typeof withDefaults>;

export function markEdges(item: LayoutItem, s: Settings): [number, number] {
  if (item.shape === 'point') return [item.x0 - s.pointRadius, item.x0 + s.pointRadius];
  return [item.x0, Math.max(item.x1, item.x0 + s.minBandWidth)];
}

/**
 * Puts the label under the mark's left edge, kept inside the view: a mark cut off on
 * the left keeps its label at the edge, and one near the right edge pulls its label
 * left until `edgeLabelWidth` of it shows; what still does not fit is shortened.
 */
export function placeLabel(
  markStart: number,
  natural: number,
  s: Settings,
): { x: number; width: number } {
  const shown = Math.min(natural, s.edgeLabelWidth);
  const x = Math.max(0, Math.min(markStart, s.width - shown));
  return { x, width: Math.max(0, Math.min(natural, s.width - x)) };
}

/**
 * Packs one lane's candidates into `rows` rows, left to right. Returns false when
 * one does not fit even after shortening its neighbour's label.
 */
export function pack(candidates: Candidate[], rows: number, s: Settings): boolean {
  const last: (Candidate | null)[] = Array.from({ length: rows }, () => null);
  const rowEnd = (c: Candidate | null) => (c ? occupiedExtent(c.node)[1] : -Infinity);
  for (const candidate of candidates) {
    const [start] = occupiedExtent(candidate.node);
    let row = last.findIndex((c) => start >= rowEnd(c) + s.gap);
    if (row < 0) {
      // No row is free: shorten the label of the row's last node, the one that keeps most.
      let best = -1;
      let bestWidth = -Infinity;
      last.forEach((c, i) => {
        if (!c || c.node.markEnd + s.gap > start) return;
        const room = start - s.gap - c.node.labelX;
        if (room >= Math.min(s.minLabelWidth, c.natural) && room > bestWidth) {
          best = i;
          bestWidth = room;
        }
      });
      if (best < 0) return false;
      const previous = last[best]!.node;
      previous.labelWidth = Math.min(previous.labelWidth, bestWidth);
      if (previous.kind === 'event') previous.truncated = previous.labelWidth < last[best]!.natural;
      row = best;
    }
    candidate.node.row = row;
    last[row] = candidate;
  }
  return true;
}

export function eventCandidate(item: Indexed, s: Settings): Candidate {
  const [markStart, markEnd] = markEdges(item, s);
  const label = placeLabel(markStart, item.labelWidth, s);
  return {
    natural: item.labelWidth,
    order: item.order,
    node: {
      kind: 'event',
      id: item.id,
      shape: item.shape,
      lane: item.lane,
      row: 0,
      markStart,
      markEnd,
      labelX: label.x,
      labelWidth: label.width,
      truncated: label.width < item.labelWidth,
      ...(item.at === undefined ? {} : { at: item.at }),
    },
  };
}

/** Left to right by mark, then in input order. */
function byPosition(s: Settings) {
  return (a: Indexed, b: Indexed) =>
    markStartOf(a, s) - markStartOf(b, s) || a.x1 - b.x1 || a.order - b.order;
}

/** `markEdges(item, s)[0]` without the array: sorting calls it for every comparison. */
function markStartOf(item: LayoutItem, s: Settings): number {
  return item.shape === 'point' ? item.x0 - s.pointRadius : item.x0;
}

/** Mark extent of a group: from its leftmost to its rightmost mark. */
function groupEdges(group: readonly LayoutItem[], s: Settings): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const item of group) {
    const point = item.shape === 'point';
    start = Math.min(start, point ? item.x0 - s.pointRadius : item.x0);
    end = Math.max(
      end,
      point ? item.x0 + s.pointRadius : Math.max(item.x1, item.x0 + s.minBandWidth),
    );
  }
  return [start, end];
}

/** A group's candidate before packing; the packing changes only the copy it is given. */
const candidates = new WeakMap<Indexed[], Candidate>();

function groupCandidate(group: Indexed[], s: Settings): Candidate {
  let made = candidates.get(group);
  if (!made) {
    made = group.length === 1 ? eventCandidate(group[0]!, s) : clusterCandidate(group, s);
    candidates.set(group, made);
  }
  return { ...made, node: { ...made.node } };
}

function clusterCandidate(group: Indexed[], s: Settings): Candidate {
  const [markStart, markEnd] = groupEdges(group, s);
  const label = placeLabel(markStart, s.clusterLabelWidth, s);
  return {
    natural: s.clusterLabelWidth,
    order: group.reduce((least, item) => Math.min(least, item.order), Infinity),
    node: {
      kind: 'cluster',
      id: `cluster:${group[0]!.id}`,
      ids: group.map((item) => item.id),
      ...(group.every((item) => item.at !== undefined)
        ? { ats: group.map((item) => item.at!) }
        : {}),
      lane: group[0]!.lane,
      row: 0,
      markStart,
      markEnd,
      labelX: label.x,
      labelWidth: label.width,
    },
  };
}

export function byExtent(a: Candidate, b: Candidate): number {
  // `occupiedExtent` written out, as sorting calls this for every comparison.
  const x = a.node;
  const y = b.node;
  const a0 = Math.min(x.markStart, x.labelX);
  const b0 = Math.min(y.markStart, y.labelX);
  // Start, then source order: enough for greedy packing, and rows read in source order.
  return (
    a0 - b0 ||
    a.order - b.order ||
    Math.max(x.markEnd, x.labelX + x.labelWidth) - Math.max(y.markEnd, y.labelX + y.labelWidth)
  );
}

/**
 * Which two groups of a lane to merge next, told of each merge so it can keep its
 * answer up to date. The app's is `MergeQueue`; the tests pass one that tries every
 * pair after each merge, the definition, to check the queue's layouts against.
 */
export interface MergeOrder {
  /** Positions `i < j`, in the groups' current order, of the pair to merge next. */
  next(): [number, number];
  /** The groups at `i < j` became one group with `extent`, placed last. */
  merge(i: number, j: number, extent: Extent): void;
}

/**
 * Lays out one lane: every item on its own if they fit, else the two hardest to tell
 * apart (as `mergeOrderOf` picks them) become a cluster, again and again until they
 * do (one cluster always fits).
 */
function layoutLane(
  items: Indexed[],
  rows: number,
  s: Settings,
  mergeOrderOf: (edges: readonly Extent[]) => MergeOrder,
): PlacedNode[] {
  const groups = [...items].sort(byPosition(s)).map((item) => [item]);
  const pairs = mergeOrderOf(groups.map((group) => groupEdges(group, s)));
  for (;;) {
    const candidates = groups.map((group) => groupCandidate(group, s)).sort(byExtent);
    if (pack(candidates, Math.max(rows, 1), s) || groups.length <= 1) {
      return candidates.map((c) => c.node);
    }
    const [i, j] = pairs.next();
    // The merged group goes last, the others keep their order: ties keep breaking the same way.
    const merged = [...groups[i]!, ...groups[j]!].sort(byPosition(s));
    groups.splice(j, 1);
    groups.splice(i, 1);
    groups.push(merged);
    pairs.merge(i, j, groupEdges(merged, s));
  }
}

/**
 * Lays out every lane's marks for the current view. The pairs hardest to tell apart
 * come from a `MergeQueue`, kept up to date across merges: the same choice as trying
 * every pair of groups after each merge, without the cubic cost.
 */
export function layoutMarks(items: readonly LayoutItem[], options: LayoutOptions): MarksLayout {
  return layoutMarksWith(items, options, (edges) => new MergeQueue(edges));
}

/** `layoutMarks` with each lane's merges in the order `mergeOrderOf` makes for it. */
export function layoutMarksWith(
  items: readonly LayoutItem[],
  options: LayoutOptions,
  mergeOrderOf: (edges: readonly Extent[]) => MergeOrder,
): MarksLayout {
  const s = withDefaults(options);
  const offscreen: string[] = [];
  const byLane = new Map<string, Indexed[]>();
  for (const [order, original] of items.entries()) {
    const item = { ...original, order };
    const [start, end] = markEdges(item, s);
    // A band that ends at the left edge (or starts at the right) shows nothing: leave it out.
    if (end <= 1 || start >= s.width - 1) {
      offscreen.push(item.id);
      continue;
    }
    const lane = byLane.get(item.lane) ?? [];
    lane.push(item);
    byLane.set(item.lane, lane);
  }
  const nodes: PlacedNode[] = [];
  for (const [lane, laneItems] of byLane) {
    nodes.push(...layoutLane(laneItems, s.rowsPerLane[lane] ?? s.defaultRows, s, mergeOrderOf));
  }
  return { nodes, offscreen };
}

/** A rough label width when no canvas is at hand: average glyph width of a UI font. */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  return Math.ceil(text.length * fontSizePx * 0.56);
}
