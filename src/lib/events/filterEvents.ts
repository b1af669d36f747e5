import { DATE_BASES } from './dateWords';
import type { DateBasis, EventType, TimelineEvent } from './types';

/**
 * How far from the page a date may come and still be shown: only dates the page
 * states, those too that follow from its narrative, or all (historical ones too).
 */
export type BasisFilter = 'stated' | 'stated-or-narrative' | 'all';

/** The choices, from the strictest to none. */
export const BASIS_FILTERS: readonly BasisFilter[] = ['stated', 'stated-or-narrative', 'all'];

const BASES_ALLOWED: Record<BasisFilter, ReadonlySet<DateBasis>> = {
  stated: new Set(['stated']),
  'stated-or-narrative': new Set(['stated', 'narrative']),
  all: new Set(DATE_BASES),
};

/** Whether a date established this way passes the filter. */
export function basisAllows(filter: BasisFilter, basis: DateBasis): boolean {
  return BASES_ALLOWED[filter].has(basis);
}

/** What the reader has narrowed the events to. Empty sets and an empty query mean "everything". */
export interface EventFilters {
  people: ReadonlySet<string>;
  places: ReadonlySet<string>;
  types: ReadonlySet<EventType>;
  /** How the date must be known: `all` lets every event through. */
  basis: BasisFilter;
  /** Free text, for the search (`src/lib/search/`): every term must match. */
  query: string;
}

export const NO_FILTERS: EventFilters = {
  people: new Set(),
  places: new Set(),
  types: new Set(),
  basis: 'all',
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
    filters.basis !== 'all' ||
    filters.query.trim() !== ''
  );
}

/**
 * Whether an event passes the filters. Within one facet any chosen value matches
 * (Lenin or Kerensky); across facets all must match (a person and a place), and so
 * must the basis. The
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
  if (!basisAllows(filters.basis, event.date.basis)) return false;
  return queryHits === null || queryHits.has(event.id);
}
