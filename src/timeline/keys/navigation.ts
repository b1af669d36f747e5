/**
 * Keyboard order for the marks: arrows walk the events in time order, whichever
 * lane or sub-row each one is drawn in (`navigationOrderOf` in laneIndex.ts gives
 * that order).
 */

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
 * shown, else the one last focused, else `first`, the first in time. It asks only
 * whether an id is shown, so the caller needs no keyboard order (which sorts every
 * event) to place the tab stop at first paint.
 */
export function tabStopOf(
  isShown: (id: string) => boolean,
  selectedId: string | null,
  lastFocused: string | null,
  first: string | null,
): string | null {
  if (selectedId !== null && isShown(selectedId)) return selectedId;
  if (lastFocused !== null && isShown(lastFocused)) return lastFocused;
  return first;
}
