/**
 * A simple temporal network (Dechter, Meiri and Pearl, "Temporal constraint
 * networks", 1991): variables on a line, each with a lower and an upper bound, and
 * difference constraints `x[to] − x[from] ≤ weight` between them. It is solved as
 * shortest paths in the distance graph, through a zero node `z` that stands for the
 * origin of time:
 *
 * - a constraint is an edge `from → to` of its weight;
 * - an upper bound `x ≤ U` is an edge `z → x` of weight U, a lower bound `x ≥ L` an
 *   edge `x → z` of weight −L.
 *
 * The network is consistent exactly when the graph has no negative cycle, and then
 * the tightest bounds are `upper(x) = d(z, x)` and `lower(x) = −d(x, z)`; each is
 * attained by some solution. The shortest-path trees say which own bound and which
 * constraints set each tightened bound. Bellman–Ford, which stops at the first round
 * that changes nothing, sweeping the edges forwards and backwards in turn: O(V·E) at
 * worst, a few rounds for a book's chronology.
 *
 * Pure and generic: the tags are whatever the caller needs to name a constraint.
 */

/** `x[to] − x[from] ≤ weight`. */
export interface DifferenceConstraint<Tag> {
  from: number;
  to: number;
  weight: number;
  tag: Tag;
}

/** `lower ≤ x ≤ upper`; either may be infinite. Each side has its own tag. */
export interface VariableBounds<Tag> {
  lower: number;
  upper: number;
  lowerTag: Tag;
  upperTag: Tag;
}

export interface TemporalNetwork<Tag> {
  /** One per variable, indexed as the constraints index them. */
  bounds: readonly VariableBounds<Tag>[];
  constraints: readonly DifferenceConstraint<Tag>[];
}

/** Which own bound a tightened bound comes from, and the constraints that carried it, in order. */
export interface BoundReason<Tag> {
  origin: { variable: number; side: 'lower' | 'upper'; tag: Tag };
  /** From the origin's variable to the bounded one. */
  constraints: Tag[];
}

/**
 * A set of constraints no values satisfy: from a variable's lower bound, back along
 * the constraints, to a variable's upper bound below it (either bound is absent when
 * the constraints alone contradict each other).
 */
export interface Contradiction<Tag> {
  lower?: { variable: number; value: number; tag: Tag };
  /** From the lower-bounded variable to the upper-bounded one: each pushes the next no earlier than the last. */
  constraints: Tag[];
  upper?: { variable: number; value: number; tag: Tag };
}

export type NetworkSolution<Tag> =
  | {
      consistent: true;
      lower: number[];
      upper: number[];
      /**
       * Why `lower[x]` is what it is: null when it is x's own lower bound (or −∞).
       * Worked out when asked, as a chain may be long and most bounds are not asked for.
       */
      lowerReason: (x: number) => BoundReason<Tag> | null;
      upperReason: (x: number) => BoundReason<Tag> | null;
    }
  | { consistent: false; contradictions: Contradiction<Tag>[] };

/** An edge of the distance graph; `constraint` is its index, or −1 for a bound. */
interface Edge {
  from: number;
  to: number;
  weight: number;
  constraint: number;
}

/** Beyond this many contradictions a curator has enough to fix. */
const MAX_CONTRADICTIONS = 50;

/**
 * Solves the network: either the tightest bounds of every variable with the chain
 * that set each, or every contradiction found (each a negative cycle, one per problem:
 * after one is found, its last constraint is set aside and the search goes on).
 */
export function solveTemporalNetwork<Tag>(network: TemporalNetwork<Tag>): NetworkSolution<Tag> {
  const n = network.bounds.length;
  const zero = n;
  const removed = new Set<number>();
  const contradictions: Contradiction<Tag>[] = [];
  for (;;) {
    const edges = buildEdges(network, removed);
    const cycle = findNegativeCycle(n + 1, edges);
    if (!cycle) break;
    contradictions.push(describeCycle(network, cycle, zero));
    const last = cycle.findLast((edge) => edge.constraint >= 0);
    if (last) removed.add(last.constraint);
    else removed.add(-1 - boundEdgeKey(cycle, zero)!);
    if (contradictions.length >= MAX_CONTRADICTIONS) break;
  }
  if (contradictions.length > 0) return { consistent: false, contradictions };

  const edges = buildEdges(network, removed);
  const forward = shortestPaths(n + 1, edges, zero, false);
  const backward = shortestPaths(n + 1, edges, zero, true);
  const lower: number[] = [];
  const upper: number[] = [];
  for (let x = 0; x < n; x++) {
    upper.push(forward.distance[x]!);
    lower.push(0 - backward.distance[x]!); // not -d, which makes -0 of 0
  }
  return {
    consistent: true,
    lower,
    upper,
    lowerReason: (x) => reasonFor(network, x, backward.via, 'lower'),
    upperReason: (x) => reasonFor(network, x, forward.via, 'upper'),
  };
}

/**
 * The distance graph. A removed bound is keyed `-1 - variable` for a lower bound and
 * `-1 - (n + variable)` for an upper one, so one set holds both kinds of removal.
 */
function buildEdges<Tag>(network: TemporalNetwork<Tag>, removed: ReadonlySet<number>): Edge[] {
  const n = network.bounds.length;
  const edges: Edge[] = [];
  network.constraints.forEach((c, index) => {
    if (!removed.has(index))
      edges.push({ from: c.from, to: c.to, weight: c.weight, constraint: index });
  });
  network.bounds.forEach((bounds, x) => {
    if (Number.isFinite(bounds.upper) && !removed.has(-1 - (n + x))) {
      edges.push({ from: n, to: x, weight: bounds.upper, constraint: -1 });
    }
    if (Number.isFinite(bounds.lower) && !removed.has(-1 - x)) {
      edges.push({ from: x, to: n, weight: -bounds.lower, constraint: -1 });
    }
  });
  return edges;
}

/** The key `buildEdges` removes a cycle's bound edge by: its lower bound if it has one. */
function boundEdgeKey(cycle: readonly Edge[], zero: number): number | undefined {
  const lowerEdge = cycle.find((edge) => edge.to === zero);
  if (lowerEdge) return lowerEdge.from;
  const upperEdge = cycle.find((edge) => edge.from === zero);
  return upperEdge ? zero + upperEdge.to : undefined;
}

/**
 * The edge of a round's `step`th relaxation: forwards in even rounds, backwards in odd
 * ones, so a chain of relations listed in either direction settles in two rounds, not
 * in one round per link.
 */
function edgeAt(edges: readonly Edge[], round: number, step: number): Edge {
  return edges[round % 2 === 0 ? step : edges.length - 1 - step]!;
}

/**
 * A negative cycle of the graph, its edges in order, or null. Every node starts at
 * distance 0 (a virtual source joined to all), so cycles out of the zero node's reach
 * are found too.
 */
function findNegativeCycle(nodeCount: number, edges: readonly Edge[]): Edge[] | null {
  const distance = new Float64Array(nodeCount);
  const via: (Edge | undefined)[] = new Array(nodeCount);
  let changed: Edge | undefined;
  for (let round = 0; round < nodeCount; round++) {
    changed = undefined;
    for (let step = 0; step < edges.length; step++) {
      const edge = edgeAt(edges, round, step);
      const candidate = distance[edge.from]! + edge.weight;
      if (candidate < distance[edge.to]!) {
        distance[edge.to] = candidate;
        via[edge.to] = edge;
        changed = edge;
      }
    }
    if (!changed) return null;
  }
  // Still improving after |V| rounds: walking back |V| steps lands on the cycle.
  let node = changed!.to;
  for (let step = 0; step < nodeCount; step++) node = via[node]!.from;
  const cycle: Edge[] = [];
  let at = node;
  do {
    const edge = via[at]!;
    cycle.push(edge);
    at = edge.from;
  } while (at !== node);
  return cycle.reverse();
}

/**
 * Shortest distances from `source` (to it, when `reversed`: along reversed edges) and
 * the edge each node was last reached by. Run only on a graph with no negative cycle.
 */
function shortestPaths(
  nodeCount: number,
  edges: readonly Edge[],
  source: number,
  reversed: boolean,
): { distance: Float64Array; via: (Edge | undefined)[] } {
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const via: (Edge | undefined)[] = new Array(nodeCount);
  distance[source] = 0;
  for (let round = 0; round < nodeCount; round++) {
    let changed = false;
    for (let step = 0; step < edges.length; step++) {
      const edge = edgeAt(edges, round, step);
      const from = reversed ? edge.to : edge.from;
      const to = reversed ? edge.from : edge.to;
      const candidate = distance[from]! + edge.weight;
      if (candidate < distance[to]!) {
        distance[to] = candidate;
        via[to] = edge;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { distance, via };
}

/**
 * Why a variable's bound is what it is, from its shortest-path tree: null when the
 * path is the variable's own bound edge (or there is none).
 */
function reasonFor<Tag>(
  network: TemporalNetwork<Tag>,
  variable: number,
  via: readonly (Edge | undefined)[],
  side: 'lower' | 'upper',
): BoundReason<Tag> | null {
  const constraints: Tag[] = [];
  let at = variable;
  let edge = via[at];
  while (edge && edge.constraint >= 0) {
    constraints.push(network.constraints[edge.constraint]!.tag);
    at = side === 'upper' ? edge.from : edge.to;
    edge = via[at];
  }
  if (!edge || constraints.length === 0) return null;
  const bounds = network.bounds[at]!;
  // Walking back from the variable gave the constraints from it to the origin.
  constraints.reverse();
  return {
    origin: { variable: at, side, tag: side === 'upper' ? bounds.upperTag : bounds.lowerTag },
    constraints,
  };
}

/**
 * A negative cycle as a contradiction. Through the zero node it reads `z → a` (a's
 * upper bound), constraints `a → … → k`, then `k → z` (k's lower bound): k cannot be
 * as early as its lower bound and as late as a's upper bound allows. It is told from
 * k back to a.
 */
function describeCycle<Tag>(
  network: TemporalNetwork<Tag>,
  cycle: readonly Edge[],
  zero: number,
): Contradiction<Tag> {
  const start = cycle.findIndex((edge) => edge.from === zero);
  const ordered = start < 0 ? cycle : [...cycle.slice(start), ...cycle.slice(0, start)];
  const contradiction: Contradiction<Tag> = {
    constraints: ordered
      .filter((edge) => edge.constraint >= 0)
      .map((edge) => network.constraints[edge.constraint]!.tag)
      .reverse(),
  };
  const upperEdge = ordered.find((edge) => edge.from === zero);
  const lowerEdge = ordered.find((edge) => edge.to === zero);
  if (lowerEdge) {
    const bounds = network.bounds[lowerEdge.from]!;
    contradiction.lower = { variable: lowerEdge.from, value: bounds.lower, tag: bounds.lowerTag };
  }
  if (upperEdge) {
    const bounds = network.bounds[upperEdge.to]!;
    contradiction.upper = { variable: upperEdge.to, value: bounds.upper, tag: bounds.upperTag };
  }
  return contradiction;
}
