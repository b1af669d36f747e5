/**
 * The events of a work as a simple temporal network (see `docs/chronology-model.md`):
 * each event's start and end are variables in minutes (an instant has one variable,
 * its moment), its own window their bounds, and each relation one or two difference
 * constraints. Solving it tightens every window, says which chain tightened each
 * bound, or names every chain of relations no dates allow.
 */
import type { DateShape, RelationKind, WindowBound } from '../events/types';
import {
  solveTemporalNetwork,
  type DifferenceConstraint,
  type VariableBounds,
} from './solveTemporalNetwork';

/** A window in minutes on the floating axis (minutes since 1970-01-01T00:00). */
export interface MinuteWindow {
  start: { earliest: number; latest: number };
  end: { earliest: number; latest: number };
}

export interface ChronologyEvent {
  id: string;
  shape: DateShape;
  own: MinuteWindow;
  relations: readonly { kind: RelationKind; event: string }[];
}

/** One relation of a chain: `from`'s relation no. `index` says it is `kind` `to`. */
export interface ChainLink {
  from: string;
  kind: RelationKind;
  to: string;
  index: number;
}

export interface BoundRef {
  event: string;
  bound: WindowBound;
}

export interface MinuteTightening {
  bound: WindowBound;
  value: number;
  origin: BoundRef;
  /** From the origin's event to this one. */
  chain: ChainLink[];
}

/**
 * A chain no dates allow: `lower`'s event cannot be earlier than its own bound, each
 * relation of `chain` in turn keeps the next bound no earlier, and `upper`'s event
 * cannot be later than its own bound, which is earlier still.
 */
export interface ChronologyContradiction {
  lower: BoundRef & { value: number };
  chain: ChainLink[];
  upper: BoundRef & { value: number };
}

export type ChronologySolution =
  | {
      consistent: true;
      windows: Map<string, MinuteWindow>;
      tightenings: Map<string, MinuteTightening[]>;
    }
  | { consistent: false; contradictions: ChronologyContradiction[] };

type Tag = { link: ChainLink } | { own: BoundRef } | { self: string };

/** `a ≤ b` for a relation: which point of each event it ties. */
type Point = 'start' | 'end';
const RELATION_CONSTRAINTS: Record<
  RelationKind,
  [this_: Point, other: Point, thisFirst: boolean][]
> = {
  // e(this) ≤ s(X)
  before: [['end', 'start', true]],
  // e(X) ≤ s(this)
  after: [['start', 'end', false]],
  // s(X) ≤ s(this), e(this) ≤ e(X)
  during: [
    ['start', 'start', false],
    ['end', 'end', true],
  ],
  'part-of': [
    ['start', 'start', false],
    ['end', 'end', true],
  ],
  // s(X) ≤ s(this)
  reports: [['start', 'start', false]],
};

/**
 * Solves the network the events and their relations make. Relations to unknown
 * events are skipped (the reference check reports them).
 */
export function solveChronology(events: readonly ChronologyEvent[]): ChronologySolution {
  const startVariable = new Map<string, number>();
  const endVariable = new Map<string, number>();
  const variableOwner: { event: string; point: Point | 'moment' }[] = [];
  const bounds: VariableBounds<Tag>[] = [];
  const constraints: DifferenceConstraint<Tag>[] = [];

  const addVariable = (event: ChronologyEvent, point: Point | 'moment') => {
    const side = point === 'end' ? event.own.end : event.own.start;
    const prefix = point === 'end' ? 'end' : 'start';
    variableOwner.push({ event: event.id, point });
    bounds.push({
      lower: side.earliest,
      upper: side.latest,
      lowerTag: { own: { event: event.id, bound: `${prefix}.earliest` } },
      upperTag: { own: { event: event.id, bound: `${prefix}.latest` } },
    });
    return bounds.length - 1;
  };

  for (const event of events) {
    if (event.shape === 'instant') {
      const moment = addVariable(event, 'moment');
      startVariable.set(event.id, moment);
      endVariable.set(event.id, moment);
    } else {
      const start = addVariable(event, 'start');
      const end = addVariable(event, 'end');
      startVariable.set(event.id, start);
      endVariable.set(event.id, end);
      // s ≤ e: x[start] − x[end] ≤ 0.
      constraints.push({ from: end, to: start, weight: 0, tag: { self: event.id } });
    }
  }

  const variableOf = (id: string, point: Point) =>
    (point === 'start' ? startVariable : endVariable).get(id);
  for (const event of events) {
    event.relations.forEach((relation, index) => {
      if (!startVariable.has(relation.event)) return;
      const link: ChainLink = { from: event.id, kind: relation.kind, to: relation.event, index };
      for (const [thisPoint, otherPoint, thisFirst] of RELATION_CONSTRAINTS[relation.kind]) {
        const mine = variableOf(event.id, thisPoint)!;
        const theirs = variableOf(relation.event, otherPoint)!;
        const [earlier, later] = thisFirst ? [mine, theirs] : [theirs, mine];
        // earlier ≤ later: x[earlier] − x[later] ≤ 0.
        constraints.push({ from: later, to: earlier, weight: 0, tag: { link } });
      }
    });
  }

  const solution = solveTemporalNetwork({ bounds, constraints });
  const linksOf = (tags: readonly Tag[]) =>
    dedupe(tags.flatMap((tag) => ('link' in tag ? [tag.link] : [])));
  const ownOf = (tag: Tag): BoundRef => {
    if (!('own' in tag)) throw new Error('a bound without its own tag');
    return tag.own;
  };

  if (!solution.consistent) {
    return {
      consistent: false,
      contradictions: solution.contradictions.flatMap((c) =>
        // Relations weigh nothing, so every contradiction runs between two own bounds.
        c.lower && c.upper
          ? [
              {
                lower: { ...ownOf(c.lower.tag), value: c.lower.value },
                chain: linksOf(c.constraints),
                upper: { ...ownOf(c.upper.tag), value: c.upper.value },
              },
            ]
          : [],
      ),
    };
  }

  const windows = new Map<string, MinuteWindow>();
  const tightenings = new Map<string, MinuteTightening[]>();
  for (const event of events) {
    const start = startVariable.get(event.id)!;
    const end = endVariable.get(event.id)!;
    const window: MinuteWindow = {
      start: { earliest: solution.lower[start]!, latest: solution.upper[start]! },
      end: { earliest: solution.lower[end]!, latest: solution.upper[end]! },
    };
    windows.set(event.id, window);
    const moved: MinuteTightening[] = [];
    const check = (bound: WindowBound, variable: number, side: 'lower' | 'upper') => {
      const [point, edge] = bound.split('.') as [Point, 'earliest' | 'latest'];
      if (window[point][edge] === event.own[point][edge]) return;
      const reason = solution[`${side}Reason`](variable);
      if (!reason) return;
      moved.push({
        bound,
        value: window[point][edge],
        origin: ownOf(reason.origin.tag),
        chain: linksOf(reason.constraints),
      });
    };
    check('start.earliest', start, 'lower');
    check('start.latest', start, 'upper');
    // An instant's end is its start, told once.
    if (event.shape === 'span') {
      check('end.earliest', end, 'lower');
      check('end.latest', end, 'upper');
    }
    if (moved.length > 0) tightenings.set(event.id, moved);
  }
  return { consistent: true, windows, tightenings };
}

/** The same relation twice in a row (both constraints of a `during`) is one link of the chain. */
function dedupe(links: ChainLink[]): ChainLink[] {
  return links.filter(
    (link, i) => i === 0 || link.from !== links[i - 1]!.from || link.index !== links[i - 1]!.index,
  );
}
