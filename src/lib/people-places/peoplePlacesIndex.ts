/**
 * The index of people and places: who and what the page names, how the source
 * writes them, and their events in time order. Pure; the component only draws it.
 */
import type { EventsFile, Place, TimelineEvent } from '../events/types';
import { byTimeOrder } from '../events/relations';

export type EntryKind = 'person' | 'place';

export interface IndexEntry {
  kind: EntryKind;
  id: string;
  name: string;
  /** A person's role in November 1917, or a place's kind ("Town"). */
  description: string;
  /** How the source writes them, as given in the data. */
  aliases: string[];
  /** Their events, earliest first. */
  events: TimelineEvent[];
}

export interface PeoplePlacesIndex {
  people: IndexEntry[];
  places: IndexEntry[];
}

export const PLACE_KIND_LABELS: Record<Place['kind'], string> = {
  city: 'City',
  town: 'Town',
  building: 'Building',
  'railway-station': 'Railway station',
  region: 'Region',
};

/** The id of an entry's element, for links such as `#index-person-krasnov` from the source text. */
export function indexAnchorId(kind: EntryKind, id: string): string {
  return `index-${kind}-${id}`;
}

/** The last word of a name, which an index sorts people by: "Kerensky" for "Alexander Kerensky". */
function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/**
 * The index over `events` (by default all of the file's): people by surname,
 * places by name, each with its events in time order. Entries without events stay,
 * with none listed, so a filter never makes a person vanish from the index.
 */
export function buildPeoplePlacesIndex(
  file: Pick<EventsFile, 'people' | 'places' | 'events'>,
  events: readonly TimelineEvent[] = file.events,
): PeoplePlacesIndex {
  const sorted = [...events].sort(byTimeOrder(file.events));
  const eventsOf = (pick: (e: TimelineEvent) => readonly string[], id: string) =>
    sorted.filter((e) => pick(e).includes(id));
  const collator = new Intl.Collator('en');
  const people = file.people
    .map((p): IndexEntry => ({
      kind: 'person',
      id: p.id,
      name: p.name,
      description: p.role,
      aliases: [...p.aliases],
      events: eventsOf((e) => e.people, p.id),
    }))
    .sort((a, b) => collator.compare(surname(a.name), surname(b.name)));
  const places = file.places
    .map((p): IndexEntry => ({
      kind: 'place',
      id: p.id,
      name: p.name,
      description: PLACE_KIND_LABELS[p.kind] ?? p.kind,
      aliases: [...p.aliases],
      events: eventsOf((e) => e.places, p.id),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { people, places };
}

/** "1 event", "3 events". */
export function countEvents(n: number): string {
  return `${n} ${n === 1 ? 'event' : 'events'}`;
}
