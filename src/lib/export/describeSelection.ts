/**
 * The current selection in words, for the printed list: which filters are on and
 * how many events they leave. Pure.
 */
import { BASIS_FILTER_LABELS, EVENT_TYPE_LABELS } from '../events/facets';
import type { EventFilters } from '../events/filterEvents';
import type { EventsFile } from '../events/types';

/**
 * "5 of 17 events, filtered by Pyotr Krasnov; Gatchina; type Movement; words “telegram”",
 * or "All 17 events" without filters.
 */
export function describeSelection(
  filters: EventFilters,
  file: Pick<EventsFile, 'people' | 'places' | 'events'>,
  shown: number,
): string {
  const total = file.events.length;
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;
  const parts = [
    ...[...filters.people].map((id) => nameOf(file.people, id)),
    ...[...filters.places].map((id) => nameOf(file.places, id)),
    ...[...filters.types].map((type) => `type ${EVENT_TYPE_LABELS[type] ?? type}`),
    ...(filters.basis === 'all'
      ? []
      : [`dates: ${BASIS_FILTER_LABELS[filters.basis].toLowerCase()}`]),
    ...(filters.query.trim() ? [`words “${filters.query.trim()}”`] : []),
  ];
  const noun = total === 1 ? 'event' : 'events';
  if (parts.length === 0)
    return shown === total ? `All ${total} ${noun}` : `${shown} of ${total} ${noun}`;
  return `${shown} of ${total} ${noun}, filtered by ${parts.join('; ')}`;
}
