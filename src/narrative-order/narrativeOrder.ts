/**
 * The narrator's order against the time order: where each event is told on the page
 * and where it falls in time, which pairs of events are told the other way round
 * from how they happened (the crossing lines of the slope chart), and which events
 * are told out of time order. Pure; no Svelte, no DOM.
 *
 * Reading order is the order of the passages: by source (the file's `sources` order),
 * then `anchor.position`. Time order is the order the events are given in, which for
 * `events.json` is the time order the extractor settled (docs/chronology-model.md,
 * "Time order"): it is never re-sorted here by date.
 */
import type { SourcePage, TimelineEvent } from '../lib/events/types';

export interface PlacedEvent {
  id: string;
  title: string;
  /** Where it is told, from 0: its place in reading order. */
  told: number;
  /** Where it falls in time, from 0: its place in the given (time) order. */
  time: number;
  /**
   * Whether it lies on the longest run of events the page tells in time order. The
   * others are the fewest events that, set aside, leave the rest told as they happened:
   * the events told out of time order.
   */
  inOrder: boolean;
  /** Events told before it that happened after it. */
  laterToldBefore: number;
  /** Events told after it that happened before it. */
  earlierToldAfter: number;
}

export interface NarrativeOrder {
  /** Every event, in time order. */
  byTime: PlacedEvent[];
  /** The same events, in reading order. */
  byTelling: PlacedEvent[];
  /** Pairs of events told in the other order than they happened: the lines that cross. */
  crossings: number;
}

/**
 * Places `events` (in time order) on the page and in time. `sources` orders the
 * pages; an anchor on a page the list lacks is read after the known ones.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  sources: readonly Pick<SourcePage, 'id'>[],
): NarrativeOrder {
  const pageOf = new Map(sources.map((source, index) => [source.id, index]));
  const page = (event: TimelineEvent) => pageOf.get(event.anchor.source) ?? sources.length;
  const telling = events
    .map((event, time) => ({ event, time }))
    .sort(
      (a, b) =>
        page(a.event) - page(b.event) ||
        a.event.anchor.position.start - b.event.anchor.position.start ||
        a.event.anchor.position.end - b.event.anchor.position.end ||
        a.time - b.time,
    );
  // The time place of each event, in reading order: every descent is a crossing.
  const times = telling.map(({ time }) => time);
  const onRun = longestIncreasingRun(times);
  const { before, after } = countInversions(times);
  const byTelling = telling.map(({ event, time }, told): PlacedEvent => ({
    id: event.id,
    title: event.title,
    told,
    time,
    inOrder: onRun[told]!,
    laterToldBefore: before[told]!,
    earlierToldAfter: after[told]!,
  }));
  const byTime = [...byTelling].sort((a, b) => a.time - b.time);
  const crossings = before.reduce((sum, n) => sum + n, 0);
  return { byTime, byTelling, crossings };
}

/** The events whose lines cross this one's: told in the other order than they happened. */
export function crossingsOf(order: NarrativeOrder, id: string): PlacedEvent[] {
  const placed = order.byTime.find((event) => event.id === id);
  if (!placed) return [];
  return order.byTelling.filter(
    (other) => (other.told - placed.told) * (other.time - placed.time) < 0,
  );
}

/** A run's length and how far its events sit from their places in time, in total. */
interface Run {
  length: number;
  cost: number;
  /** Where the run ends, -1 for none. */
  last: number;
}

const NO_RUN: Run = { length: 0, cost: 0, last: -1 };

/** Longer first; of two as long, the one whose events sit nearer their time places. */
const better = (a: Run, b: Run) =>
  a.length > b.length || (a.length === b.length && a.cost < b.cost);

/**
 * Which entries of `values` (a permutation of 0…n−1: the time places in reading
 * order) lie on one longest increasing run: the events to keep as told in time order.
 * Of several equally long runs, the one whose events are told nearest their place in
 * time (the least total |told − time|): of b, x, a told for a, x, b, "x" stays and the
 * two ends are out of order. Still tied, the run found first, which keeps the event
 * told first: of two told the wrong way round, the later told is out of order.
 * A Fenwick tree of best runs by time place keeps it to n log n.
 */
export function longestIncreasingRun(values: readonly number[]): boolean[] {
  const n = values.length;
  const tree = new Array<Run>(n + 1).fill(NO_RUN);
  /** The best run among those ending at a time place below `time`. */
  const bestBelow = (time: number) => {
    let best = NO_RUN;
    for (let k = time; k > 0; k -= k & -k) if (better(tree[k]!, best)) best = tree[k]!;
    return best;
  };
  const record = (time: number, run: Run) => {
    for (let k = time + 1; k <= n; k += k & -k) if (better(run, tree[k]!)) tree[k] = run;
  };
  const previous = new Array<number>(n).fill(-1);
  let best = NO_RUN;
  values.forEach((time, told) => {
    const before = bestBelow(time);
    previous[told] = before.last;
    const run = {
      length: before.length + 1,
      cost: before.cost + Math.abs(told - time),
      last: told,
    };
    record(time, run);
    if (better(run, best)) best = run;
  });
  const onRun = new Array<boolean>(n).fill(false);
  for (let at = best.last; at >= 0; at = previous[at]!) onRun[at] = true;
  return onRun;
}

/**
 * For each entry of `values` (a permutation of 0…n−1): how many entries before it are
 * larger (`before`) and how many after it are smaller (`after`). A Fenwick tree keeps
 * this to n log n, so a large file's chart caption costs nothing to compute.
 */
export function countInversions(values: readonly number[]): { before: number[]; after: number[] } {
  const n = values.length;
  const tree = new Array<number>(n + 1).fill(0);
  const add = (i: number) => {
    for (let k = i + 1; k <= n; k += k & -k) tree[k]!++;
  };
  /** How many values seen so far are below `i`. */
  const below = (i: number) => {
    let sum = 0;
    for (let k = i; k > 0; k -= k & -k) sum += tree[k]!;
    return sum;
  };
  const before = values.map((value, index) => {
    const smallerSeen = below(value);
    add(value);
    return index - smallerSeen;
  });
  // Of the `value` entries smaller than it, those not before it are after it.
  const after = values.map((value, index) => value - (index - before[index]!));
  return { before, after };
}
