/**
 * Which two groups of marks the layout merges into a cluster next: the pair whose
 * extents overlap most as a share of the shorter; failing any overlap, the pair with
 * the least gap; ties go to the first pair in the groups' order. `closestPairByTrial`
 * is that definition; `closestPair` and `MergeQueue` give the same answers faster,
 * the queue across a whole run of merges.
 */

export type Extent = readonly [number, number];

/** How hard two extents are to tell apart: overlap as a share of the shorter, else the gap. */
export function separation(a: Extent, b: Extent): { share: number; gap: number } {
  const overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  const share = overlap > 0 ? overlap / Math.max(1, Math.min(a[1] - a[0], b[1] - b[0])) : 0;
  return { share, gap: Math.max(0, -overlap) };
}

/** The closest pair by trying every pair: the definition. */
export function closestPairByTrial(edges: readonly Extent[]): [number, number] {
  let best: [number, number] = [0, 1];
  let bestOverlap = -Infinity;
  let bestGap = Infinity;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const { share, gap } = separation(edges[i]!, edges[j]!);
      if (share > bestOverlap || (share === bestOverlap && gap < bestGap)) {
        best = [i, j];
        bestOverlap = share;
        bestGap = gap;
      }
    }
  }
  return best;
}

/** Whether pair `(i, j)` comes before `(k, l)` in the order of the trial's loops. */
function earlier(i: number, j: number, k: number, l: number): boolean {
  return i < k || (i === k && j < l);
}

/**
 * With no overlap anywhere the extents are disjoint; every one being longer than
 * zero, the least gap is between neighbours by start. `byStart` lists the extents
 * by start; `rank` gives each one's place in the groups' order.
 */
function leastGap(
  edges: readonly Extent[],
  byStart: readonly number[],
  rank: (k: number) => number,
) {
  let best: [number, number] = [-1, -1];
  let bestGap = Infinity;
  for (let k = 1; k < byStart.length; k++) {
    let p = byStart[k - 1]!;
    let q = byStart[k]!;
    if (rank(p) > rank(q)) [p, q] = [q, p];
    const { gap } = separation(edges[p]!, edges[q]!);
    if (
      gap < bestGap ||
      (gap === bestGap && earlier(rank(p), rank(q), rank(best[0]), rank(best[1])))
    ) {
      best = [p, q];
      bestGap = gap;
    }
  }
  return best;
}

/** Overlap share of `a` and `c`, as `separation` has it; written out, as it runs for every overlapping pair. */
function share(a: Extent, c: Extent): number {
  const overlap = Math.min(a[1], c[1]) - Math.max(a[0], c[0]);
  return overlap > 0 ? overlap / Math.max(1, Math.min(a[1] - a[0], c[1] - c[0])) : 0;
}

/** Calls `meet(a, c)` for every pair of extents that overlap, walking them by start. */
function sweepOverlaps(
  edges: readonly Extent[],
  byStart: readonly number[],
  meet: (a: number, c: number) => void,
) {
  let open: number[] = [];
  for (const c of byStart) {
    const start = edges[c]![0];
    open = open.filter((a) => edges[a]![1] > start);
    for (const a of open) meet(a, c);
    open.push(c);
  }
}

/** The closest pair, by a sweep over the extents sorted by start. */
export function closestPair(edges: readonly Extent[]): [number, number] {
  if (edges.length < 2 || edges.some(([a, b]) => !(b > a))) return closestPairByTrial(edges);
  const byStart = edges.map((_, i) => i).sort((i, j) => edges[i]![0] - edges[j]![0] || i - j);
  let best: [number, number] | null = null;
  let bestShare = 0;
  sweepOverlaps(edges, byStart, (a, c) => {
    const [i, j] = a < c ? [a, c] : [c, a];
    const value = share(edges[i]!, edges[j]!);
    if (
      best === null ||
      value > bestShare ||
      (value === bestShare && earlier(i, j, best[0], best[1]))
    ) {
      best = [i, j];
      bestShare = value;
    }
  });
  return best ?? leastGap(edges, byStart, (k) => k);
}

interface Group {
  /** Place in the groups' order: survivors keep theirs, a merged group comes after all. */
  rank: number;
  extent: Extent;
  alive: boolean;
}

interface Pair {
  a: Group;
  b: Group;
  share: number;
}

/** Whether pair `p` is merged before pair `q`. */
function before(p: Pair, q: Pair): boolean {
  return (
    p.share > q.share || (p.share === q.share && earlier(p.a.rank, p.b.rank, q.a.rank, q.b.rank))
  );
}

/**
 * The closest pair across a run of merges, as `closestPairByTrial` would find it
 * after each: a heap of the overlapping pairs, to which each merged group adds its
 * own; when none is left, the least gap between neighbours.
 */
export class MergeQueue {
  #groups: Group[];
  #heap: Pair[] = [];
  #exhaustive: boolean;
  #next = 0;

  constructor(edges: readonly Extent[]) {
    this.#groups = edges.map((extent) => ({ rank: this.#next++, extent, alive: true }));
    // Extents of no length break the neighbours argument: fall back on trying every pair.
    this.#exhaustive = edges.some(([a, b]) => !(b > a));
    if (this.#exhaustive) return;
    const byStart = edges.map((_, i) => i).sort((i, j) => edges[i]![0] - edges[j]![0] || i - j);
    sweepOverlaps(edges, byStart, (x, y) => {
      const [a, b] = x < y ? [x, y] : [y, x];
      this.#push(this.#groups[a]!, this.#groups[b]!);
    });
  }

  /** Positions, in the groups' current order, of the pair to merge next (first before second). */
  next(): [number, number] {
    if (this.#exhaustive) return closestPairByTrial(this.#groups.map((group) => group.extent));
    while (this.#heap.length > 0) {
      const top = this.#heap[0]!;
      if (top.a.alive && top.b.alive) {
        return [this.#groups.indexOf(top.a), this.#groups.indexOf(top.b)];
      }
      this.#pop();
    }
    const extents = this.#groups.map((group) => group.extent);
    const byStart = extents
      .map((_, i) => i)
      .sort((i, j) => extents[i]![0] - extents[j]![0] || i - j);
    return leastGap(extents, byStart, (k) => k);
  }

  /** Records that the groups at positions `i < j` became one group with `extent`, placed last. */
  merge(i: number, j: number, extent: Extent): void {
    const [a, b] = [this.#groups[i]!, this.#groups[j]!];
    a.alive = false;
    b.alive = false;
    this.#groups.splice(j, 1);
    this.#groups.splice(i, 1);
    const merged: Group = { rank: this.#next++, extent, alive: true };
    if (!this.#exhaustive) {
      for (const group of this.#groups)
        if (share(group.extent, extent) > 0) this.#push(group, merged);
    }
    this.#groups.push(merged);
  }

  #push(a: Group, b: Group): void {
    const heap = this.#heap;
    heap.push({ a, b, share: share(a.extent, b.extent) });
    for (let k = heap.length - 1; k > 0;) {
      const parent = (k - 1) >> 1;
      if (!before(heap[k]!, heap[parent]!)) break;
      [heap[k], heap[parent]] = [heap[parent]!, heap[k]!];
      k = parent;
    }
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    for (let k = 0; ;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let top = k;
      if (left < heap.length && before(heap[left]!, heap[top]!)) top = left;
      if (right < heap.length && before(heap[right]!, heap[top]!)) top = right;
      if (top === k) break;
      [heap[k], heap[top]] = [heap[top]!, heap[k]!];
      k = top;
    }
  }
}
