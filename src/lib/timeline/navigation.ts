/**
 * Keyboard order for the marks: arrows walk the events in time order, whichever
 * lane or sub-row each one is drawn in.
 */
import type { TimeWindow } from './window';

export interface NavigableEvent extends TimeWindow {
  id: string;
}

/** Ids by start, then end, then their order in the input (the source order). */
export function navigationOrder(events: readonly NavigableEvent[]): string[] {
  // Positions sorted over flat arrays: a hundred thousand events sort in a few milliseconds.
  const starts = Float64Array.from(events, (event) => event.start);
  const ends = Float64Array.from(events, (event) => event.end);
  const positions = Array.from({ length: events.length }, (_, i) => i);
  positions.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  return positions.map((i) => events[i]!.id);
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}

/**
 * The id focus moves to from `current` on `key`: the previous or next event in time,
 * or the first or last; it stays put at either end. With no current id, any key goes
 * to the first event (or the last, for ArrowLeft and End).
 */
export function nextFocus(
  order: readonly string[],
  current: string | null,
  key: NavigationKey,
): string | null {
  if (order.length === 0) return null;
  const last = order.length - 1;
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[last]!;
  const index = current === null ? -1 : order.indexOf(current);
  if (index < 0) return key === 'ArrowLeft' ? order[last]! : order[0]!;
  const next = key === 'ArrowLeft' ? Math.max(index - 1, 0) : Math.min(index + 1, last);
  return order[next]!;
}

/**
 * Which event holds the single tab stop into the marks: the selected one when it is
 * shown, else the one last focused, else the first in time.
 */
export function tabStop(
  order: readonly string[],
  selectedId: string | null,
  lastFocused: string | null,
): string | null {
  if (selectedId !== null && order.includes(selectedId)) return selectedId;
  if (lastFocused !== null && order.includes(lastFocused)) return lastFocused;
  return order[0] ?? null;
}
