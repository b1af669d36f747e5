import type { EventType, TimelineEvent } from './types';

/** What the reader has narrowed the events to. Empty sets and an empty query mean "everything". */
export interface EventFilters {
  people: ReadonlySet<string>;
  places: ReadonlySet<string>;
  types: ReadonlySet<EventType>;
  /** Free text, for the search (`src/lib/search/`): every term must match. */
  query: string;
}

export const NO_FILTERS: EventFilters = {
  people: new Set(),
  places: new Set(),
  types: new Set(),
  query: '',
};

/**
 * Lower-cases and strips accents so "procedure" finds "procédure" and "Cossacks" finds
 * "cossacks"; the search folds every word with it.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.people.size > 0 ||
    filters.places.size > 0 ||
    filters.types.size > 0 ||
    filters.query.trim() !== ''
  );
}

/**
 * Whether an event passes the filters. Within one facet any chosen value matches
 * (Lenin or Kerensky); across facets all must match (a person and a place). The
 * query is matched by the search (`searchEvents` in `src/lib/search/`), whose result
 * comes in as `queryHits`: the ids it found, or null when there is no query.
 */
export function matchesFilters(
  event: TimelineEvent,
  filters: EventFilters,
  queryHits: ReadonlySet<string> | null,
): boolean {
  if (filters.people.size > 0 && !event.people.some((id) => filters.people.has(id))) return false;
  if (filters.places.size > 0 && !event.places.some((id) => filters.places.has(id))) return false;
  if (filters.types.size > 0 && !filters.types.has(event.type)) return false;
  return queryHits === null || queryHits.has(event.id);
}
