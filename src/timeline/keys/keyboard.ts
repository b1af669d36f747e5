/**
 * What a key does in the timeline: + / − / 0 zoom, Shift+arrows pan, ← → and
 * Home/End walk the events in time order, ↑ ↓ move to the lane above or below,
 * Escape hides the tooltip. And where the view must go so a mark reached from the
 * keyboard can take focus.
 */
import type { MarkIndex } from '../layout/laneIndex';
import { isNavigationKey, nextFocus } from './navigation';
import { MIN_VISIBLE_MS } from '../view/zoomExtent';
import { centreWindowOn, type TimeWindow } from '../view/window';

export type KeyAction =
  | { kind: 'zoom-in' }
  | { kind: 'zoom-out' }
  | { kind: 'fit' }
  | { kind: 'pan'; share: number }
  | { kind: 'focus'; id: string }
  | { kind: 'lane'; step: -1 | 1 }
  | { kind: 'dismiss' };

/** The parts of a keyboard event that decide the action. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Share of the view one Shift+arrow press pans by. */
export const PAN_STEP = 0.2;

/**
 * The action for a key pressed inside the timeline, or null to leave it to the
 * browser. `focusedId` is the mark with focus, if any: arrows walk the marks only
 * from a mark, so they never steal a button's or the page's keys.
 */
export function timelineKeyAction(
  input: KeyInput,
  order: readonly string[],
  focusedId: string | null,
): KeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case '+':
    case '=':
      return { kind: 'zoom-in' };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom-out' };
    case '0':
      return { kind: 'fit' };
    case 'Escape':
      return { kind: 'dismiss' };
  }
  if (input.shiftKey && (input.key === 'ArrowLeft' || input.key === 'ArrowRight')) {
    return { kind: 'pan', share: input.key === 'ArrowLeft' ? -PAN_STEP : PAN_STEP };
  }
  if (focusedId !== null && (input.key === 'ArrowUp' || input.key === 'ArrowDown')) {
    return { kind: 'lane', step: input.key === 'ArrowUp' ? -1 : 1 };
  }
  if (focusedId !== null && isNavigationKey(input.key)) {
    const id = nextFocus(order, focusedId, input.key);
    return id === null ? null : { kind: 'focus', id };
  }
  return null;
}

/**
 * The window to move to so the event spanning `span` is drawn on its own: null when
 * it already is; else the view centred on it, zoomed in by halves until `isAlone`
 * says the mark stands alone (or the zoom limit is reached).
 */
export function revealWindow(
  span: TimeWindow,
  window: TimeWindow,
  isAlone: (window: TimeWindow) => boolean,
  minVisibleMs = MIN_VISIBLE_MS,
): TimeWindow | null {
  if (isAlone(window)) return null;
  let candidate = centreWindowOn(window, (span.start + span.end) / 2);
  while (!isAlone(candidate)) {
    const half = (candidate.end - candidate.start) / 2;
    if (half < minVisibleMs) break;
    candidate = centreWindowOn({ start: 0, end: half }, (span.start + span.end) / 2);
  }
  return candidate;
}

/**
 * The event to move to from `focusedId` in the nearest lane above (`step` -1) or below
 * (+1) that has events: the one whose start is closest in time to the focused event's.
 * Null at the top or bottom lane, or when the focused event is not indexed.
 */
export function laneNeighbour(
  index: MarkIndex,
  laneOrder: readonly string[],
  focusedId: string,
  step: -1 | 1,
): string | null {
  let from: { lane: number; start: number } | null = null;
  for (const [l, id] of laneOrder.entries()) {
    const lane = index.lanes.get(id);
    const k = lane ? lane.ids.indexOf(focusedId) : -1;
    if (lane && k >= 0) from = { lane: l, start: lane.starts[k]! };
  }
  if (!from) return null;
  for (let l = from.lane + step; l >= 0 && l < laneOrder.length; l += step) {
    const lane = index.lanes.get(laneOrder[l]!);
    if (!lane || lane.ids.length === 0) continue;
    // Starts are sorted: the closest is next to where `from.start` would go.
    let lo = 0;
    let hi = lane.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lane.starts[mid]! < from.start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    const closest =
      before >= 0 &&
      (lo >= lane.starts.length ||
        from.start - lane.starts[before]! <= lane.starts[lo]! - from.start)
        ? before
        : lo;
    return lane.ids[closest]!;
  }
  return null;
}
