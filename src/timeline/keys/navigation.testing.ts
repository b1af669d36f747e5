/**
 * The keyboard order written over a plain list of events, as the definition says:
 * the reference that `navigationOrderOf` (which reads the mark index) is tested against.
 */
import type { TimeWindow } from '../view/window';

export interface NavigableEvent extends TimeWindow {
  id: string;
}

/** Ids by start, then end, then their order in the input (the source order). */
export function navigationOrder(events: readonly NavigableEvent[]): string[] {
  return events
    .map((event, at) => ({ ...event, at }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.at - b.at)
    .map((event) => event.id);
}
