/**
 * An events file holding only some events, and exactly the sources, lanes, people
 * and places they refer to: the same shape as events.json, so it validates against
 * `schema/events.schema.json` and the app can open it.
 */
import type { EventsFile, TimelineEvent } from '../events/types';

/**
 * The part of `file` that `events` need. Events keep the file's order (by start,
 * then by place in the source); relations to events left out are dropped so that
 * every id in the result resolves.
 */
export function selectionFile(file: EventsFile, events: readonly TimelineEvent[]): EventsFile {
  const chosen = new Set(events.map((e) => e.id));
  const kept = file.events
    .filter((e) => chosen.has(e.id))
    .map((e) => ({ ...e, relations: e.relations.filter((r) => chosen.has(r.event)) }));
  const used = (pick: (e: TimelineEvent) => readonly string[]) => new Set(kept.flatMap(pick));
  const people = used((e) => e.people);
  const places = used((e) => e.places);
  const lanes = used((e) => [e.lane]);
  const sources = used((e) => [e.anchor.source]);
  return {
    ...(file.$schema ? { $schema: file.$schema } : {}),
    formatVersion: 1,
    sources: file.sources.filter((s) => sources.has(s.id)),
    lanes: file.lanes.filter((l) => lanes.has(l.id)),
    people: file.people.filter((p) => people.has(p.id)),
    places: file.places.filter((p) => places.has(p.id)),
    events: kept,
  };
}

/** The selection as JSON text, indented like events.json, ending in a newline. */
export function selectionJson(file: EventsFile, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(selectionFile(file, events), null, 2)}\n`;
}
