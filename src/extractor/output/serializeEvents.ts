import type { EventsFile } from '../../lib/events/types';

/** The bytes of events.json: stable key order comes from the extractor, so the same input gives the same file. */
export function serializeEvents(events: EventsFile): string {
  return `${JSON.stringify(events, null, 2)}\n`;
}
