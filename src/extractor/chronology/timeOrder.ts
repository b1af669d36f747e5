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

  const key = (i: number) => {
    const id = events[i]!.id;
    const window = start.get(id)!;
    return [window.earliest, window.latest, position.get(id)!, i] as const;
  };
  const keys = events.map((_, i) => key(i));
  const before = (a: number, b: number) => {
    const [ka, kb] = [keys[a]!, keys[b]!];
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! < kb[k]!;
    return false;
  };

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
      [items[at], items[parent]] = [items[parent]!, items[at]!];
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
        [items[at], items[best]] = [items[best]!, items[at]!];
        at = best;
      }
    }
    return top;
  }
}
