import { BASIS_FILTERS, matchesFilters, type BasisFilter, type EventFilters } from './filterEvents';
import type { FacetName } from './filterChanges';
import type { EventType, EventsFile, TimelineEvent } from './types';

/** A facet the reader can filter by. */
export type { FacetName };

/** One choice in a facet, with how many events it would show. */
export interface FacetOption {
  id: string;
  label: string;
  /** Events that have this value and pass every other facet and the search. */
  count: number;
  selected: boolean;
}

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  political: 'Political',
  military: 'Military',
  communication: 'Communication',
  decision: 'Decision',
  movement: 'Movement of troops',
  personal: 'Personal',
};

export const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

function valuesOf(event: TimelineEvent, facet: FacetName): readonly string[] {
  if (facet === 'people') return event.people;
  if (facet === 'places') return event.places;
  return [event.type];
}

/**
 * The options of one facet with counts. A count ignores the facet's own choices
 * (choosing Lenin does not zero Kerensky: within a facet choices add up) but
 * honours the other facets and the search, as faceted search usually does.
 * `queryHits` is what the search found (see `matchesFilters`), so the counts are
 * those of the events the search shows.
 */
export function facetOptions(
  file: Pick<EventsFile, 'events' | 'people' | 'places'>,
  filters: EventFilters,
  facet: FacetName,
  queryHits: ReadonlySet<string> | null,
): FacetOption[] {
  const others: EventFilters = { ...filters, [facet]: new Set() };
  const counts = new Map<string, number>();
  for (const event of file.events) {
    if (!matchesFilters(event, others, queryHits)) continue;
    for (const value of new Set(valuesOf(event, facet))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const chosen = filters[facet] as ReadonlySet<string>;
  const entries: { id: string; label: string }[] =
    facet === 'people'
      ? file.people.map((p) => ({ id: p.id, label: p.name }))
      : facet === 'places'
        ? file.places.map((p) => ({ id: p.id, label: p.name }))
        : EVENT_TYPES.map((t) => ({ id: t, label: EVENT_TYPE_LABELS[t] }));
  return (
    entries
      .map((e) => ({ ...e, count: counts.get(e.id) ?? 0, selected: chosen.has(e.id) }))
      // A value no event has at all is noise; a chosen one stays so it can be unchosen.
      .filter((o) => o.selected || file.events.some((ev) => valuesOf(ev, facet).includes(o.id)))
  );
}

/** The basis filter's choices in words, as the filter panel and the printed list give them. */
export const BASIS_FILTER_LABELS: Record<BasisFilter, string> = {
  stated: 'Only what the page states',
  'stated-or-narrative': 'Stated or from the narrative',
  all: 'All, with historical dates',
};

/** One choice of the basis filter, with how many events it would show. */
export interface BasisOption {
  id: BasisFilter;
  label: string;
  /** Events whose date it lets through that pass every other filter and the search. */
  count: number;
  selected: boolean;
}

/**
 * The basis filter's choices, strictest first, each with the number of events it
 * would leave under the other filters and the search (`queryHits`, as for `facetOptions`).
 * The choices nest, so the counts never go down from one to the next.
 */
export function basisOptions(
  file: Pick<EventsFile, 'events'>,
  filters: EventFilters,
  queryHits: ReadonlySet<string> | null,
): BasisOption[] {
  return BASIS_FILTERS.map((id) => {
    const choice: EventFilters = { ...filters, basis: id };
    return {
      id,
      label: BASIS_FILTER_LABELS[id],
      count: file.events.filter((event) => matchesFilters(event, choice, queryHits)).length,
      selected: filters.basis === id,
    };
  });
}
