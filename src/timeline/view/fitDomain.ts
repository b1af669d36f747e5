/**
 * The windows the timeline opens on: the events with room to breathe, and the whole
 * period the overview strip shows.
 */
import { DAY, HOUR, type TimeWindow } from './window';

/** 7–9 November 1917 on the UTC axis: the story's days, used when there are no events. */
export const STORY_DAYS: TimeWindow = {
  start: Date.UTC(1917, 10, 7),
  end: Date.UTC(1917, 10, 10),
};

/** The smallest window that holds every span, or `null` for none. */
export function extentOf(spans: readonly TimeWindow[]): TimeWindow | null {
  if (spans.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start, span.end);
    end = Math.max(end, span.start, span.end);
  }
  return { start, end };
}

export interface FitOptions {
  /** Margin on each side as a share of the events' span; default 0.06. */
  padding?: number;
  /** Margin on each side at least this long, so a lone instant is not edge to edge; default 3 h. */
  minPaddingMs?: number;
}

/**
 * A window showing every span: events over more than a day open on the whole days they
 * touch, as a reader counts the story (7–9 November, not 7 November 18:00 to 10 November
 * 03:00); shorter ones with a margin on both sides. The story's days when there are none.
 */
export function fitWindow(spans: readonly TimeWindow[], options: FitOptions = {}): TimeWindow {
  const extent = extentOf(spans);
  if (!extent) return STORY_DAYS;
  if (extent.end - extent.start >= DAY) {
    // A bound written to the minute ends a day at 23:59, which still belongs to that day.
    const end = extent.end % DAY === 0 ? extent.end : Math.ceil(extent.end / DAY) * DAY;
    return { start: Math.floor(extent.start / DAY) * DAY, end };
  }
  const pad = Math.max(
    (extent.end - extent.start) * (options.padding ?? 0.06),
    options.minPaddingMs ?? 3 * HOUR,
  );
  return { start: extent.start - pad, end: extent.end + pad };
}

/**
 * The period the overview strip shows: whole days from the day before the first span
 * to the day after the last, so the first and last events never sit on the edge.
 */
export function overviewWindow(spans: readonly TimeWindow[]): TimeWindow {
  const extent = extentOf(spans) ?? STORY_DAYS;
  const start = Math.floor((extent.start - 6 * HOUR) / DAY) * DAY;
  const end = Math.ceil((extent.end + 6 * HOUR) / DAY) * DAY;
  return { start, end: Math.max(end, start + DAY) };
}
