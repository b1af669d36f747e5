/**
 * Every name of a person or place that search knows: the name, the aliases the
 * source uses and the other names and spellings the curation adds (transliterations,
 * Russian). The index finds an event by its people's and places' names; the
 * highlighter marks any name of a person or place the search named.
 */
import type { EventsFile, Person, Place } from '../events/types';

type Named = Pick<Person | Place, 'name' | 'aliases' | 'otherNames'>;

/** The names of one person or place, each once. */
export function namesOf(entry: Named): string[] {
  return [...new Set([entry.name, ...entry.aliases, ...(entry.otherNames ?? [])])];
}

/** Every person and place of the file, as lists of their names. */
export function namedEntries(file: Pick<EventsFile, 'people' | 'places'>): string[][] {
  return [...file.people, ...file.places].map(namesOf);
}
