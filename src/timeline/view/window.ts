/**
 * The visible stretch of the time axis and how it maps to a d3-zoom transform.
 *
 * Times are milliseconds on a UTC axis that stands for floating Petrograd wall-clock
 * time (see `src/lib/time/floating.ts`). A transform `{k, x}` is relative to a base
 * scale that maps `baseDomain` onto the pixel `range`, as d3-zoom's `rescaleX` expects.
 */

/** A stretch of the axis, `[start, end)` in UTC-axis milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** The scale and horizontal translation of a d3-zoom transform (`y` is unused here). */
export interface AxisTransform {
  k: number;
  x: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/**
 * `time` to the nearest whole minute: how the link writes a window, so a shared link
 * reopens it as it was. The controls' label reads more coarsely (`describeWindow`).
 */
export function toWholeMinute(time: number): number {
  return Math.round(time / MINUTE) * MINUTE;
}

/** The transform under which `rescaleX(base)` shows exactly `window` across `range`. */
export function transformForWindow(
  window: TimeWindow,
  baseDomain: TimeWindow,
  range: readonly [number, number],
): AxisTransform {
  const [r0, r1] = range;
  const pxPerMs = (r1 - r0) / (baseDomain.end - baseDomain.start);
  const b0 = r0 + (window.start - baseDomain.start) * pxPerMs;
  const b1 = r0 + (window.end - baseDomain.start) * pxPerMs;
  const k = (r1 - r0) / (b1 - b0);
  return { k, x: r0 - k * b0 };
}

/** The window that `rescaleX(base)` shows across `range` under `transform`; the inverse of `transformForWindow`. */
export function windowForTransform(
  transform: AxisTransform,
  baseDomain: TimeWindow,
  range: readonly [number, number],
): TimeWindow {
  const [r0, r1] = range;
  const msPerPx = (baseDomain.end - baseDomain.start) / (r1 - r0);
  const toTime = (px: number) =>
    baseDomain.start + ((px - transform.x) / transform.k - r0) * msPerPx;
  return { start: toTime(r0), end: toTime(r1) };
}

/**
 * Whether two windows look the same on screen: both ends within `tolerance` of the
 * shorter span (a thousandth by default, at least a minute), so a window that makes a round trip through
 * the URL does not start another animation.
 */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = 1e-3): boolean {
  const span = Math.min(a.end - a.start, b.end - b.start);
  const slack = Math.max(span * tolerance, MINUTE);
  return Math.abs(a.start - b.start) <= slack && Math.abs(a.end - b.end) <= slack;
}

/** The window of the same span centred on `time`. */
export function centreWindowOn(window: TimeWindow, time: number): TimeWindow {
  const half = (window.end - window.start) / 2;
  return { start: time - half, end: time + half };
}

/**
 * The window zoomed by `factor` (2 = twice as close) about `time`, which keeps its
 * place on screen: the keyboard zooms about the focused mark so it stays in view.
 */
export function scaleWindowAbout(window: TimeWindow, factor: number, time: number): TimeWindow {
  return {
    start: time - (time - window.start) / factor,
    end: time + (window.end - time) / factor,
  };
}
