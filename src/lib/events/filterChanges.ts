/**
 * Changes to `EventFilters` as new values: filters are immutable, so state can
 * hold them in `$state.raw` and every change is one assignment.
 */
import { NO_FILTERS, type BasisFilter, type EventFilters } from './filterEvents';
import type { EventType } from './types';

export type FacetName = 'people' | 'places' | 'types';

/** Filters from plain lists, as the URL gives them. */
export function filtersFromLists(lists: {
  people: readonly string[];
  places: readonly string[];
  types: readonly EventType[];
  basis: BasisFilter;
  query: string;
}): EventFilters {
  return {
    people: new Set(lists.people),
    places: new Set(lists.places),
    types: new Set(lists.types),
    basis: lists.basis,
    query: lists.query,
  };
}

/** The filters with `id` chosen in `facet`, or unchosen if it was chosen. */
export function toggleFacetValue(
  filters: EventFilters,
  facet: FacetName,
  id: string,
): EventFilters {
  const values = new Set<string>(filters[facet] as ReadonlySet<string>);
  if (values.has(id)) values.delete(id);
  else values.add(id);
  return { ...filters, [facet]: values };
}

/** The filters with only `id` chosen in `facet`; the other facets stay as they are. */
export function onlyFacetValue(filters: EventFilters, facet: FacetName, id: string): EventFilters {
  return { ...filters, [facet]: new Set([id]) };
}

/** The filters with a new search. */
export function withQuery(filters: EventFilters, query: string): EventFilters {
  return { ...filters, query };
}

/** The filters with a new choice of how the dates must be known. */
export function withBasis(filters: EventFilters, basis: BasisFilter): EventFilters {
  return { ...filters, basis };
}

/** No filters and no search. */
export function clearedFilters(): EventFilters {
  return NO_FILTERS;
}
