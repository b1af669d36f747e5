/**
 * Time order: a linear extension of the order the relations impose (what comes before
 * comes first, what is reported, contained or followed comes before the report, the
 * part or the sequel), ties broken by the tightened window's earliest start, then its
 * latest start, then the position in the sources. Kahn's algorithm with a priority
 * queue: O((n + r) log n).
 */
import type { RelationKind, TimelineEvent } from '../../lib/events/types';

/** Whether a relation puts this event first (`before`) or the other (every other kind). */
const THIS_FIRST: Record<RelationKind, boolean> = {
  before: true,
  after: false,
  during: false,
  'part-of': false,
  reports: false,
};

/**
 * The events in time order. `position` is each event's place in the sources, `start`
 * its tightened start window in any unit that orders.
 */
export function timeOrder<E extends Pick<TimelineEvent, 'id' | 'relations'>>(
  events: readonly E[],
  position: ReadonlyMap<string, number>,
  start: ReadonlyMap<string, { earliest: number; latest: number }>,
): E[] {
  const index = new Map(events.map((event, i) => [event.id, i]));
  const successors: number[][] = events.map(() => []);
  const waiting = new Array<number>(events.length).fill(0);
  events.forEach((event, i) => {
    for (const relation of event.relations) {
      const other = index.get(relation.event);
      if (other === undefined || other === i) continue;
      const [first, then] = THIS_FIRST[relation.kind] ? [i, other] : [other, i];
      successors[first]!.push(then);
      waiting[then]! += 1;
    }
  });

  // The keys in flat arrays, compared without building a pair per comparison (the
  // heap compares some n log n times).
  const earliest = new Float64Array(events.length);
  const latest = new Float64Array(events.length);
  const place = new Float64Array(events.length);
  events.forEach((event, i) => {
    const window = start.get(event.id)!;
    earliest[i] = window.earliest;
    latest[i] = window.latest;
    place[i] = position.get(event.id)!;
  });
  const before = (a: number, b: number) =>
    earliest[a] !== earliest[b]
      ? earliest[a]! < earliest[b]!
      : latest[a] !== latest[b]
        ? latest[a]! < latest[b]!
        : place[a] !== place[b]
          ? place[a]! < place[b]!
          : a < b;

  const ready = new Heap(before);
  waiting.forEach((count, i) => count === 0 && ready.push(i));
  const placed = new Array<boolean>(events.length).fill(false);
  const order: E[] = [];
  while (order.length < events.length) {
    let next = ready.pop();
    if (next === undefined) {
      // Only relations that tie starts together (x during y, y during x) make a cycle
      // the solver accepts: take the first of what is left by the same keys.
      next = events.reduce<number | undefined>(
        (best, _, i) => (placed[i] ? best : best === undefined || before(i, best) ? i : best),
        undefined,
      )!;
    }
    if (placed[next]) continue;
    placed[next] = true;
    order.push(events[next]!);
    for (const then of successors[next]!) {
      waiting[then]! -= 1;
      if (waiting[then] === 0 && !placed[then]) ready.push(then);
    }
  }
  return order;
}

/** One relation of a cycle: `from`'s relation number `index` puts `to` after (or before) it. */
export interface CycleLink {
  from: string;
  kind: RelationKind;
  to: string;
  index: number;
}

/** The kinds that say one event came first: a cycle of them has no first event. */
const STRICT: ReadonlySet<RelationKind> = new Set(['before', 'after', 'reports']);

/**
 * A cycle of `before`, `after` and `reports` relations (a before b, b before a), or null.
 * The temporal network accepts one, since both events may share a moment, but no order
 * can put each first, so it is an error in the curation. Depth-first, O(n + r).
 */
export function orderCycle(
  events: readonly Pick<TimelineEvent, 'id' | 'relations'>[],
): CycleLink[] | null {
  const index = new Map(events.map((event, i) => [event.id, i]));
  // Edges from what comes first to what follows, each with the relation that says so.
  const next: { to: number; link: CycleLink }[][] = events.map(() => []);
  events.forEach((event, i) => {
    event.relations.forEach((relation, r) => {
      const other = index.get(relation.event);
      if (other === undefined || other === i || !STRICT.has(relation.kind)) return;
      const link = { from: event.id, kind: relation.kind, to: relation.event, index: r };
      const [first, then] = THIS_FIRST[relation.kind] ? [i, other] : [other, i];
      next[first]!.push({ to: then, link });
    });
  });
  const state = new Uint8Array(events.length); // 0 unseen, 1 on the path, 2 done
  for (let root = 0; root < events.length; root++) {
    if (state[root] !== 0) continue;
    const path: { node: number; edge: number; via: CycleLink | null }[] = [
      { node: root, edge: 0, via: null },
    ];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.at(-1)!;
      const edge = next[top.node]![top.edge++];
      if (!edge) {
        state[top.node] = 2;
        path.pop();
        continue;
      }
      if (state[edge.to] === 1) {
        const from = path.findIndex((step) => step.node === edge.to);
        return [...path.slice(from + 1).map((step) => step.via!), edge.link];
      }
      if (state[edge.to] === 0) {
        state[edge.to] = 1;
        path.push({ node: edge.to, edge: 0, via: edge.link });
      }
    }
  }
  return null;
}

/** A binary min-heap of indices under `before`. */
class Heap {
  readonly #items: number[] = [];
  constructor(readonly before: (a: number, b: number) => boolean) {}

  push(item: number): void {
    const items = this.#items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(items[at]!, items[parent]!)) break;
      const swapped = items[at]!;
      items[at] = items[parent]!;
      items[parent] = swapped;
      at = parent;
    }
  }

  pop(): number | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let best = at;
        if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
        if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
        if (best === at) break;
        const swapped = items[at]!;
        items[at] = items[best]!;
        items[best] = swapped;
        at = best;
      }
    }
    return top;
  }
}
