/**
 * Zoom limits stated as time spans, as vis-timeline's `zoomMin`/`zoomMax` are, and
 * converted to the scale factors d3-zoom's `scaleExtent` takes.
 */
import { HOUR, MINUTE, WEEK, type TimeWindow } from './window';

/** The narrowest window the timeline zooms in to: half an hour, where minutes still read. */
export const MIN_VISIBLE_MS = 30 * MINUTE;
/** The widest window the timeline zooms out to: six weeks, well beyond the story's three days. */
export const MAX_VISIBLE_MS = 6 * WEEK;

export interface VisibleSpanLimits {
  /** The shortest span the view may show, in milliseconds. */
  minVisibleMs: number;
  /** The longest span the view may show, in milliseconds. */
  maxVisibleMs: number;
}

export const DEFAULT_LIMITS: VisibleSpanLimits = {
  minVisibleMs: MIN_VISIBLE_MS,
  maxVisibleMs: MAX_VISIBLE_MS,
};

/**
 * The `[kMin, kMax]` for `zoom.scaleExtent` when scale 1 shows `baseDomain`: a
 * transform with scale `k` shows `span / k`, so the limits are span ratios.
 */
export function scaleExtentForSpans(
  baseDomain: TimeWindow,
  limits: VisibleSpanLimits = DEFAULT_LIMITS,
): [number, number] {
  const span = baseDomain.end - baseDomain.start;
  if (!(span > 0)) throw new RangeError('The base domain must have a positive span');
  if (!(limits.minVisibleMs > 0 && limits.minVisibleMs <= limits.maxVisibleMs)) {
    throw new RangeError('Zoom limits need 0 < minVisibleMs <= maxVisibleMs');
  }
  return [span / limits.maxVisibleMs, span / limits.minVisibleMs];
}

/**
 * The stretch of time the view may pan over: the base domain's centre plus or minus
 * half the widest window, so at the widest zoom the view can just sit still.
 */
export function panExtentFor(
  baseDomain: TimeWindow,
  limits: VisibleSpanLimits = DEFAULT_LIMITS,
): TimeWindow {
  const centre = (baseDomain.start + baseDomain.end) / 2;
  const half = Math.max(limits.maxVisibleMs, baseDomain.end - baseDomain.start + 2 * HOUR) / 2;
  return { start: centre - half, end: centre + half };
}

/** Shifts `window` inside `extent` (its span kept), or centres it there if it is wider. */
export function clampWindowWithin(window: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  if (span >= extent.end - extent.start) {
    const centre = (extent.start + extent.end) / 2;
    return { start: centre - span / 2, end: centre + span / 2 };
  }
  const start = Math.min(Math.max(window.start, extent.start), extent.end - span);
  return { start, end: start + span };
}

/** Clamps a window's span to the limits, keeping its centre. */
export function clampWindowSpan(
  window: TimeWindow,
  limits: VisibleSpanLimits = DEFAULT_LIMITS,
): TimeWindow {
  const span = Math.min(
    Math.max(window.end - window.start, limits.minVisibleMs),
    limits.maxVisibleMs,
  );
  const centre = (window.start + window.end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}
