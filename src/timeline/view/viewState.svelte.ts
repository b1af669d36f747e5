/**
 * The visible window of the timeline: the one owner of what stretch of time is on
 * screen. The axis, the marks, the overview, the day list, the map and the link all
 * derive from it.
 *
 * The window itself (milliseconds on the floating UTC axis) is the state, not a pixel
 * transform, so it is known before the plot is measured and survives a resize; the
 * d3-zoom transform is derived from it and the plot's width. d3-zoom owns only the
 * gesture: its attachment (`src/timeline/gestures/zoomable.svelte.ts`) turns each zoom
 * event back into a window here, and programmatic moves (buttons, keys, brush, the
 * link, a filter's re-fit) go out through the `ZoomDriver` it registers, so d3's stored
 * transform never drifts from what is drawn.
 *
 * `settled` is the window at the end of the last move: what the link, the day list and
 * the map read, so they do not change on every frame of a gesture.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { fitWindow, overviewWindow, STORY_DAYS } from './fitDomain';
import {
  centreWindowOn,
  MINUTE,
  scaleWindowAbout,
  transformForWindow,
  windowForTransform,
  type AxisTransform,
  type TimeWindow,
} from './window';
import {
  clampWindowSpan,
  clampWindowWithin,
  panExtentFor,
  scaleExtentForSpans,
} from './zoomExtent';

/** How d3-zoom moves the view, registered by its attachment while it is bound. */
export interface ZoomDriver {
  /**
   * Moves to a window, animated unless `instant` (or the reader prefers reduced motion);
   * says whether it animates.
   */
  moveTo(window: TimeWindow, instant?: boolean): boolean;
}

export class ViewState {
  #getSpans: () => readonly TimeWindow[];
  #onsettle: () => void;

  /**
   * `getSpans` reads the spans of the events on show (the overview period and the fit
   * follow it); `onsettle` hears of the end of every move, when the link is written.
   */
  constructor(getSpans: () => readonly TimeWindow[] = () => [], onsettle: () => void = () => {}) {
    this.#getSpans = getSpans;
    this.#onsettle = onsettle;
    this.window = this.fitted;
    this.settled = this.window;
  }

  /** The window on screen, `[start, end)` in UTC-axis milliseconds; replaced, never changed in place. */
  window = $state.raw<TimeWindow>(STORY_DAYS);
  /** The window at the end of the last move. */
  settled = $state.raw<TimeWindow>(STORY_DAYS);
  /**
   * Whether the view fits the events on show (the link then names no window): a filter
   * that changes the events moves it to their new fit. A move of the reader's ends it.
   */
  following = $state(true);
  /** Width of the plot in CSS pixels; 0 until measured. */
  width = $state(0);
  /** The reader's own zoom or drag of the plot is under way (from its first move to its end). */
  zoomGesture = $state(false);
  /** The reader is dragging the overview's brush. */
  brushGesture = $state(false);
  /** An animated move is under way (the timeline is then `aria-busy`). */
  animating = $state(false);
  /** Set by the zoom attachment while it is bound. */
  driver: ZoomDriver | null = null;
  /** Where the animated move under way is heading, so quick presses of + add up. */
  #heading: TimeWindow | null = null;

  /** Spans of the events on show, which fix the overview period and the "fit all" window. */
  readonly spans: readonly TimeWindow[] = $derived.by(() => this.#getSpans());
  /** The whole period: what the overview strip shows and what scale 1 shows. */
  readonly baseDomain = $derived(this.spans.length ? overviewWindow(this.spans) : STORY_DAYS);
  /** The events with room to breathe. */
  readonly fitted = $derived(fitWindow(this.spans));
  readonly range = $derived<[number, number]>([0, Math.max(this.width, 1)]);
  readonly baseX: ScaleLinear<number, number> = $derived(
    scaleLinear().domain([this.baseDomain.start, this.baseDomain.end]).range(this.range),
  );
  /** The d3-zoom transform that shows the window at this width, relative to `baseX`. */
  readonly transform: AxisTransform = $derived(
    transformForWindow(this.window, this.baseDomain, this.range),
  );
  /** The scale everything on screen reads, as d3-zoom's `rescaleX(baseX)` would give it. */
  readonly x: ScaleLinear<number, number> = $derived(
    scaleLinear().domain([this.window.start, this.window.end]).range(this.range),
  );
  readonly scaleExtent = $derived(scaleExtentForSpans(this.baseDomain));
  /** How far the view may pan, in UTC-axis milliseconds. */
  readonly panExtent = $derived(panExtentFor(this.baseDomain));
  /** The pan limits in base-scale pixels, for d3-zoom's `translateExtent`. */
  readonly translateExtent = $derived([
    this.baseX(this.panExtent.start),
    this.baseX(this.panExtent.end),
  ] as const);

  /**
   * Whether the reader's own gesture is moving the view: the marks are then drawn on a
   * canvas and the buttons wait for the end. Two flags, as a brush drag moves the view by
   * programmatic zooms, each of which ends as it starts.
   */
  get gesturing(): boolean {
    return this.zoomGesture || this.brushGesture;
  }

  /** The transform that shows `window` (its span clamped to the zoom limits). */
  transformFor(window: TimeWindow): AxisTransform {
    return transformForWindow(clampWindowSpan(window), this.baseDomain, this.range);
  }

  /** Called by the zoom attachment on each of d3-zoom's zoom events. */
  followTransform(transform: AxisTransform): void {
    this.window = windowForTransform(transform, this.baseDomain, this.range);
  }

  /**
   * The end of a move: the window becomes the settled one and the link is written. A
   * move that ends where the last one did writes nothing new.
   */
  settle(): void {
    // A brush drag moves the view by one instant zoom a frame; it settles when let go.
    if (this.brushGesture) return;
    this.#heading = null;
    this.animating = false;
    if (this.settled !== this.window) this.settled = this.window;
    this.#onsettle();
  }

  /**
   * Moves the view to `window` (kept within the zoom and pan limits): through d3-zoom
   * once it is bound, animated unless `instant`; at once before, as on the first drawing.
   */
  show(window: TimeWindow, { instant = false, follow = false } = {}): void {
    this.following = follow;
    const within = clampWindowWithin(clampWindowSpan(window), this.panExtent);
    if (this.driver && this.width > 0) {
      const animated = this.driver.moveTo(within, instant);
      // After the move starts: the one it cut short settles as it ends, clearing these.
      this.#heading = animated ? within : null;
      this.animating = animated;
      return;
    }
    this.window = within;
    this.settle();
  }

  /** Back to every event on show with room to breathe; the view then follows the filters. */
  fitAll({ instant = false } = {}): void {
    this.show(this.fitted, { instant, follow: true });
  }

  zoomIn(): void {
    this.zoomAbout(2);
  }

  zoomOut(): void {
    this.zoomAbout(0.5);
  }

  /** Zooms by `factor` (2 = twice as close) about `time`, by default the middle of the view. */
  zoomAbout(factor: number, time?: number): void {
    const from = this.#heading ?? this.window;
    this.show(scaleWindowAbout(from, factor, time ?? (from.start + from.end) / 2));
  }

  /** Pans by a share of the visible span: `-0.25` moves a quarter of the view to the left. */
  panBy(share: number): void {
    const { start, end } = this.window;
    const shift = (end - start) * share;
    this.show({ start: start + shift, end: end + shift });
  }

  /** Zooms to show every span, with a margin of a third of their extent (at least 20 minutes). */
  showAround(spans: readonly TimeWindow[]): void {
    if (spans.length === 0) return;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const pad = Math.max((end - start) / 3, 20 * MINUTE);
    this.show({ start: start - pad, end: end + pad });
  }

  /** Pans so `time` is in the middle, keeping the zoom. */
  centreOn(time: number): void {
    this.show(centreWindowOn(this.window, time));
  }

  /** Whether some of `span` (an instant when it has no length) is on screen, ends excluded. */
  shows(span: TimeWindow): boolean {
    const { start, end } = this.window;
    return span.end > span.start
      ? span.start < end && span.end > start
      : span.start >= start && span.start < end;
  }
}
