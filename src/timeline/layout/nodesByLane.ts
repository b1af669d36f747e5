/**
 * The laid-out nodes grouped by lane, as the marks' buttons are drawn (one group per
 * lane), and the steps that bring the buttons of one layout to another a lane at a time.
 */
import type { PlacedNode } from './packRows';

/** Each lane's nodes, in the layout's order; a lane with no nodes is absent. */
export type NodesByLane = ReadonlyMap<string, readonly PlacedNode[]>;

export function nodesByLane(nodes: readonly PlacedNode[]): Map<string, PlacedNode[]> {
  const lanes = new Map<string, PlacedNode[]>();
  for (const node of nodes) {
    const list = lanes.get(node.lane);
    if (list) list.push(node);
    else lanes.set(node.lane, [node]);
  }
  return lanes;
}

/** One step of a catch-up: `lane` shows the first `count` of its nodes in the new layout. */
export interface CatchUpStep {
  lane: string;
  count: number;
}

/**
 * The steps that bring the buttons `shown` to `target`, lane by lane in `order` (top to
 * bottom; lanes it does not name after), each step adding at most `chunk` marks to its
 * lane: a lane of hundreds of marks is made over several steps, and a lane left with none
 * is cleared in one.
 */
export function catchUpSteps(
  order: readonly string[],
  shown: NodesByLane,
  target: NodesByLane,
  chunk: number,
): CatchUpStep[] {
  const lanes = order.filter((lane) => shown.has(lane) || target.has(lane));
  const listed = new Set(lanes);
  for (const lane of [...shown.keys(), ...target.keys()])
    if (!listed.has(lane)) {
      listed.add(lane);
      lanes.push(lane);
    }
  const steps: CatchUpStep[] = [];
  for (const lane of lanes) {
    const total = target.get(lane)?.length ?? 0;
    let count = 0;
    do {
      count = Math.min(total, count + chunk);
      steps.push({ lane, count });
    } while (count < total);
  }
  return steps;
}

/** `shown` after `step`: its lane with the first `step.count` of `target`'s nodes (none: gone). */
export function applyStep(shown: NodesByLane, target: NodesByLane, step: CatchUpStep): NodesByLane {
  const next = new Map(shown);
  const nodes = target.get(step.lane) ?? [];
  if (step.count > 0) next.set(step.lane, nodes.slice(0, step.count));
  else next.delete(step.lane);
  return next;
}
