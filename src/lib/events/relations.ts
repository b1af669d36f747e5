import type { RelationKind, TimelineEvent } from './types';

/** A related event as the details panel shows it: "Preceded by: The Congress deposes …". */
export interface RelatedEvent {
  /** How the other event relates to this one, as a short heading. */
  label: string;
  event: TimelineEvent;
}

// Said of the other event, so "before" and "after" read the same from either side: a
// bare "Before: X" was read as X coming first, the opposite of what it meant.
const OUTGOING: Record<RelationKind, string> = {
  after: 'Preceded by',
  before: 'Followed by',
  during: 'During',
  'part-of': 'Part of',
  reports: 'Reports',
};

/** Read from the other side: if x is after y, y shows x as "Followed by". */
const INCOMING: Record<RelationKind, string> = {
  after: 'Followed by',
  before: 'Preceded by',
  during: 'At the same time',
  'part-of': 'Includes',
  reports: 'Reported by',
};

/**
 * The events related to `event`: the relations it states, then those other events
 * state about it (read backwards). Unknown ids and the event itself are skipped;
 * each other event appears once.
 */
export function relatedEvents(
  event: TimelineEvent,
  events: readonly TimelineEvent[],
): RelatedEvent[] {
  const byId = indexById(events);
  const related: RelatedEvent[] = [];
  const seen = new Set<string>([event.id]);
  for (const relation of event.relations) {
    const other = byId.get(relation.event);
    if (!other || seen.has(other.id)) continue;
    seen.add(other.id);
    related.push({ label: OUTGOING[relation.kind] ?? 'Related', event: other });
  }
  for (const other of events) {
    if (seen.has(other.id)) continue;
    const relation = other.relations.find((r) => r.event === event.id);
    if (!relation) continue;
    seen.add(other.id);
    related.push({ label: INCOMING[relation.kind] ?? 'Related', event: other });
  }
  return related;
}

/**
 * A comparison in time order: the order of `all`, the file's events, which the
 * extractor puts in an order the relations allow (what a telegram reports comes
 * before the telegram). Never a re-sort by start, which would undo that.
 */
export function byTimeOrder(
  all: readonly TimelineEvent[],
): (a: TimelineEvent, b: TimelineEvent) => number {
  const rank = new Map(all.map((event, i) => [event, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity);
}

/**
 * The events before and after `id` in time. Walks `visible` (the filtered list)
 * when it holds the event, else all events, so the buttons never lead to an
 * event the reader has filtered out unless they are already on one. Both lists
 * are in the file's time order.
 */
export function neighbours(
  id: string,
  visible: readonly TimelineEvent[],
  all: readonly TimelineEvent[],
): { previous: TimelineEvent | null; next: TimelineEvent | null } {
  const list = visible.some((e) => e.id === id) ? visible : all;
  const at = list.findIndex((e) => e.id === id);
  if (at < 0) return { previous: null, next: null };
  return { previous: list[at - 1] ?? null, next: list[at + 1] ?? null };
}

/** The events by id, for lookups. */
export function indexById(events: readonly TimelineEvent[]): ReadonlyMap<string, TimelineEvent> {
  return new Map(events.map((e) => [e.id, e]));
}
