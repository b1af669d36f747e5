/**
 * The extractor's chronology stage: every event's own window (open ends bounded by
 * its work's extent), the relations solved over the whole project as one temporal
 * network, estimates checked against the tightened windows, and the events put in
 * time order. Problems name the file, the event's place in it and the field; a
 * contradiction names the whole chain.
 */
import { MINUTES_PER_DAY, minutesToIso } from '../../lib/chronology/minutes';
import {
  solveChronology,
  type BoundRef,
  type ChainLink,
  type ChronologyContradiction,
  type MinuteWindow,
} from '../../lib/chronology/solveChronology';
import type {
  DateWindow,
  EventDate,
  Tightening,
  TimelineEvent,
  WindowBound,
} from '../../lib/events/types';
import { eventPath, type CurationProblem } from '../curation/curationError';
import type { ResolvedEventDate } from '../dates/resolveEventDate';
import { orderCycle, timeOrder, type CycleLink } from './timeOrder';

/** An event as the pages gave it, its date resolved but not yet tightened. */
export interface PendingEvent {
  event: Omit<TimelineEvent, 'date'>;
  resolved: ResolvedEventDate;
  /** Where it is curated, for messages. */
  file: string;
  index: number;
  /** Which work it belongs to (its open ends take that work's extent). */
  work: number;
  /** Its place in the sources: work, page, then position on the page. */
  position: number;
}

/**
 * Solves the chronology. Returns the events with their dates complete, in time
 * order, or pushes every problem found and returns null.
 */
export function solveWorkChronology(
  pending: readonly PendingEvent[],
  problems: CurationProblem[],
): TimelineEvent[] | null {
  const own = boundOpenEnds(pending, problems);
  if (!own) return null;
  const byId = new Map(pending.map((p) => [p.event.id, p]));
  const cycle = orderCycle(pending.map((p) => p.event));
  if (cycle) {
    problems.push(describeCycle(cycle, byId));
    return null;
  }

  const solution = solveChronology(
    pending.map((p) => ({
      id: p.event.id,
      shape: p.resolved.date.shape,
      own: own.get(p.event.id)!,
      relations: p.event.relations,
    })),
  );
  if (!solution.consistent) {
    for (const contradiction of solution.contradictions) {
      problems.push(describeContradiction(contradiction, byId));
    }
    return null;
  }

  // A book's events share few bounds (a day's first and last minute): each is written once.
  const written = new Map<number, string>();
  const iso = (minutes: number) => {
    let text = written.get(minutes);
    if (text === undefined) written.set(minutes, (text = minutesToIso(minutes)));
    return text;
  };
  const windowIso = ({ start, end }: MinuteWindow): DateWindow => ({
    start: { earliest: iso(start.earliest), latest: iso(start.latest) },
    end: { earliest: iso(end.earliest), latest: iso(end.latest) },
  });
  const events = pending.map((p): TimelineEvent => {
    const window = solution.windows.get(p.event.id)!;
    checkEstimate(p, window, problems);
    const date: EventDate = {
      ...p.resolved.date,
      own: windowIso(own.get(p.event.id)!),
      window: windowIso(window),
      tightenedBy: (solution.tightenings.get(p.event.id) ?? []).map((t): Tightening => ({
        bound: t.bound,
        value: iso(t.value),
        origin: t.origin,
        chain: t.chain.map(({ from, kind, to }) => ({ from, kind, to })),
      })),
    };
    return withDate(p.event, date);
  });
  if (problems.length > 0) return null;
  return timeOrder(
    events,
    new Map(pending.map((p) => [p.event.id, p.position])),
    new Map([...solution.windows].map(([id, window]) => [id, window.start])),
  );
}

/**
 * The event with its date, in the field order of events.json: the date after the
 * places, as the schema lists them. (Copied key by key: a rest pattern and a spread
 * were a tenth of the extraction of a book's thousands of events.)
 */
function withDate(event: PendingEvent['event'], date: EventDate): TimelineEvent {
  const dated: Partial<Record<keyof TimelineEvent, unknown>> = {};
  for (const key in event) {
    if (key === 'anchor' || key === 'relations') continue;
    dated[key as keyof typeof event] = event[key as keyof typeof event];
  }
  dated.date = date;
  dated.anchor = event.anchor;
  dated.relations = event.relations;
  return dated as TimelineEvent;
}

/**
 * Each own window with its open ends bounded by its work's extent: the hull of every
 * finite own bound of the work's other events (and of its own). Null, with a problem
 * each, when an event's open end has no other event to take the extent from.
 */
function boundOpenEnds(
  pending: readonly PendingEvent[],
  problems: CurationProblem[],
): Map<string, MinuteWindow> | null {
  const byWork = new Map<number, PendingEvent[]>();
  for (const p of pending) {
    const work = byWork.get(p.work);
    if (work) work.push(p);
    else byWork.set(p.work, [p]);
  }
  // The hull of every finite own bound of a work, once per work (an open end takes its
  // work's): asked afresh for each open event, over all the others, it made the
  // extraction quadratic in the events.
  const hulls = new Map<number, { earliest: number; latest: number }>();
  const hullOf = (work: number) => {
    let hull = hulls.get(work);
    if (!hull) {
      hull = { earliest: Infinity, latest: -Infinity };
      for (const p of byWork.get(work)!) {
        for (const bound of allBounds(p.resolved.own)) {
          if (!Number.isFinite(bound)) continue;
          if (bound < hull.earliest) hull.earliest = bound;
          if (bound > hull.latest) hull.latest = bound;
        }
      }
      hulls.set(work, hull);
    }
    return hull;
  };

  const windows = new Map<string, MinuteWindow>();
  let ok = true;
  for (const p of pending) {
    const own = p.resolved.own;
    if (allBounds(own).every(Number.isFinite)) {
      windows.set(p.event.id, own);
      continue;
    }
    if (byWork.get(p.work)!.length === 1) {
      problems.push({
        file: p.file,
        item: p.event.id,
        field: eventPath(p.index, 'date.edtf'),
        message: `"${p.resolved.date.edtf}" is open and nothing bounds it: the work has no other dated event; give the day it ends (or starts)`,
      });
      ok = false;
      continue;
    }
    const hull = hullOf(p.work);
    const clamp = (value: number) =>
      value === -Infinity ? hull.earliest : value === Infinity ? hull.latest : value;
    windows.set(p.event.id, {
      start: { earliest: clamp(own.start.earliest), latest: clamp(own.start.latest) },
      end: { earliest: clamp(own.end.earliest), latest: clamp(own.end.latest) },
    });
  }
  return ok ? windows : null;
}

function allBounds(window: MinuteWindow): number[] {
  return [window.start.earliest, window.start.latest, window.end.earliest, window.end.latest];
}

/** An estimate is a guess inside the window: one the relations rule out is an error. */
function checkEstimate(p: PendingEvent, window: MinuteWindow, problems: CurationProblem[]): void {
  const estimate = p.resolved.estimate;
  if (!estimate) return;
  if (estimate.to >= window.start.earliest && estimate.from <= window.start.latest) return;
  const field = p.resolved.date.estimate?.time !== undefined ? 'time' : 'partOfDay';
  problems.push({
    file: p.file,
    item: p.event.id,
    field: eventPath(p.index, `date.estimate.${field}`),
    message: `lies outside the window the relations leave (${describeRange(window.start)}); the estimate or a relation is wrong`,
  });
}

function describeRange({ earliest, latest }: { earliest: number; latest: number }): string {
  return earliest === latest
    ? minutesToIso(earliest)
    : `${minutesToIso(earliest)} to ${minutesToIso(latest)}`;
}

const BOUND_WORDS: Record<WindowBound, { span: string; instant: string }> = {
  'start.earliest': { span: 'starts no earlier than', instant: 'is no earlier than' },
  'start.latest': { span: 'starts no later than', instant: 'is no later than' },
  'end.earliest': { span: 'ends no earlier than', instant: 'is no earlier than' },
  'end.latest': { span: 'ends no later than', instant: 'is no later than' },
};

/**
 * One line naming the whole chain: the first event's own lower bound, each relation
 * in turn (with its file and field), and the last event's own upper bound, earlier
 * than the chain allows.
 */
function describeContradiction(
  contradiction: ChronologyContradiction,
  byId: ReadonlyMap<string, PendingEvent>,
): CurationProblem {
  const first = contradiction.chain[0];
  const anchorEvent = byId.get(first ? first.from : contradiction.lower.event)!;
  const field = first
    ? eventPath(anchorEvent.index, `relations[${first.index}]`)
    : eventPath(anchorEvent.index, 'date');
  const where = (p: PendingEvent, path: string) =>
    p.file === anchorEvent.file ? path : `${p.file} ${path}`;

  const bound = (ref: BoundRef & { value: number }) => {
    const p = byId.get(ref.event)!;
    const words = BOUND_WORDS[ref.bound][p.resolved.date.shape];
    const source = p.resolved.boundSources[ref.bound];
    return `"${ref.event}" ${words} ${minutesToIso(ref.value)} (${where(p, eventPath(p.index, source))})`;
  };
  const link = (l: ChainLink) => {
    const p = byId.get(l.from)!;
    return `"${l.from}" ${l.kind} "${l.to}" (${where(p, eventPath(p.index, `relations[${l.index}]`))})`;
  };
  const gap = contradiction.lower.value - contradiction.upper.value;
  const parts = [
    bound(contradiction.lower),
    ...contradiction.chain.map(link),
    bound(contradiction.upper),
  ];
  return {
    file: anchorEvent.file,
    item: anchorEvent.event.id,
    field,
    message: `no dates allow this chain (short by ${describeGap(gap)}): ${parts.join('; ')}`,
  };
}

/** One line naming every relation of a cycle, each with its file and field. */
function describeCycle(
  cycle: readonly CycleLink[],
  byId: ReadonlyMap<string, PendingEvent>,
): CurationProblem {
  const anchorEvent = byId.get(cycle[0]!.from)!;
  const links = cycle.map((link) => {
    const p = byId.get(link.from)!;
    const path = eventPath(p.index, `relations[${link.index}]`);
    return `"${link.from}" ${link.kind} "${link.to}" (${p.file === anchorEvent.file ? path : `${p.file} ${path}`})`;
  });
  return {
    file: anchorEvent.file,
    item: anchorEvent.event.id,
    field: eventPath(anchorEvent.index, `relations[${cycle[0]!.index}]`),
    message: `these relations go round in a circle, so none of their events can come first: ${links.join('; ')}`,
  };
}

/** "1 day 1 h 20 min" */
function describeGap(minutes: number): string {
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / 60);
  const rest = minutes % 60;
  const parts = [
    days > 0 && `${days} day${days === 1 ? '' : 's'}`,
    hours > 0 && `${hours} h`,
    rest > 0 && `${rest} min`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'a minute';
}
