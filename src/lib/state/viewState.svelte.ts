/**
 * The visible window of one timeline, shared by the main view, the axis, the marks
 * and the overview strip.
 *
 * d3-zoom owns the gesture and writes its transform here (see
 * `src/lib/attachments/zoomable.svelte.ts`); everything on screen derives from that one
 * transform through `x`. Once the attachment is bound, buttons, keys, the brush and the
 * parent's requested window all move the view through the `ZoomDriver` it registers,
 * so d3-zoom's stored transform never drifts from what is drawn.
 *
 * The transform is kept as the plain `{k, x}` that d3-zoom's transforms also are, so
 * that drawing a view needs nothing of d3-zoom: the gestures arrive in a chunk of their
 * own after the first drawing (see `components/timeline/gestures.svelte.ts`). Until
 * they do (or for good, if they cannot be loaded), a move is applied here at once,
 * within the same limits, and reported through `onsettle` as d3-zoom reports its own.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { fitWindow, overviewWindow, STORY_DAYS } from '../timeline/fitDomain';
import {
  centreWindowOn,
  MINUTE,
  scaleWindowAbout,
  transformForWindow,
  windowForTransform,
  type AxisTransform,
  type TimeWindow,
} from '../timeline/window';
import {
  clampWindowSpan,
  clampWindowWithin,
  scaleExtentForSpans,
  panExtentFor,
} from '../timeline/zoomExtent';

/** Scale 1, no translation: the whole period across the plot. */
const IDENTITY: AxisTransform = { k: 1, x: 0 };

/** Why the view is moving; the timeline reports the end of a move to its parent unless the parent asked for it. */
export type MoveOrigin = 'gesture' | 'control' | 'brush' | 'request' | 'sync';

/** How the attachment moves d3-zoom. */
export interface ZoomDriver {
  /** Moves to a transform, animated unless `instant` (or the reader prefers reduced motion). */
  transformTo(transform: AxisTransform, origin: MoveOrigin, instant?: boolean): void;
  /** Scales about the centre of the view. */
  scaleBy(factor: number, origin: MoveOrigin): void;
}

export class ViewState {
  #getSpans: () => readonly TimeWindow[];
  #onsettle: (origin: MoveOrigin, window: TimeWindow) => void;

  /**
   * `getSpans` reads the spans of the events on show; the view follows it. `onsettle`
   * hears of each move made without d3-zoom (which reports the end of its own moves).
   */
  constructor(
    getSpans: () => readonly TimeWindow[] = () => [],
    onsettle: (origin: MoveOrigin, window: TimeWindow) => void = () => {},
  ) {
    this.#getSpans = getSpans;
    this.#onsettle = onsettle;
  }

  /** The latest transform, relative to `baseX`; replaced, never changed in place. */
  transform = $state.raw<AxisTransform>(IDENTITY);
  #width = $state(0);
  /** Width of the plot in CSS pixels; 0 until measured. */
  get width(): number {
    return this.#width;
  }
  set width(value: number) {
    // The same window at the new width. With d3-zoom bound, its attachment does this.
    const kept = !this.driver && this.#width > 0 && value > 0 ? this.window : null;
    this.#width = value;
    if (kept) this.transform = this.transformFor(kept);
  }
  /** Spans of the events on show, which fix the overview period and the "fit all" window. */
  readonly spans: readonly TimeWindow[] = $derived.by(() => this.#getSpans());
  /** The origin of the move in progress, if any. */
  moving: MoveOrigin | null = null;
  /** The reader's own zoom or drag of the plot is under way (from its first move to its end). */
  zoomGesture = $state(false);
  /** The reader is dragging the overview's brush. */
  brushGesture = $state(false);
  /**
   * Whether the reader's own gesture is moving the view: the marks are then drawn on a
   * canvas and the buttons wait for the end. Two flags, as a brush drag moves the view by
   * programmatic zooms, each of which ends as it starts.
   */
  get gesturing(): boolean {
    return this.zoomGesture || this.brushGesture;
  }
  /** Set by the zoom attachment while it is bound. */
  driver: ZoomDriver | null = null;

  /** The whole period: what the overview strip shows and what scale 1 shows. */
  readonly baseDomain = $derived(this.spans.length ? overviewWindow(this.spans) : STORY_DAYS);
  /** The events with room to breathe. */
  readonly fitted = $derived(fitWindow(this.spans));
  readonly range = $derived<[number, number]>([0, Math.max(this.width, 1)]);
  readonly baseX: ScaleLinear<number, number> = $derived(
    scaleLinear().domain([this.baseDomain.start, this.baseDomain.end]).range(this.range),
  );
  /** The visible window in UTC-axis milliseconds. */
  readonly window: TimeWindow = $derived(
    windowForTransform(this.transform, this.baseDomain, this.range),
  );
  /** The scale everything on screen reads: `baseX` rescaled by the transform, as d3-zoom's `rescaleX` does. */
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

  /** The transform that shows `window` (its span clamped to the zoom limits). */
  transformFor(window: TimeWindow): AxisTransform {
    return transformForWindow(clampWindowSpan(window), this.baseDomain, this.range);
  }

  /** Moves the view to `window`: through d3-zoom once it is bound, at once before. */
  show(window: TimeWindow, origin: MoveOrigin, instant = false): void {
    if (this.driver) {
      this.driver.transformTo(this.transformFor(window), origin, instant);
      return;
    }
    // d3-zoom would keep the view within the pan limits; so does this.
    const within = clampWindowWithin(clampWindowSpan(window), this.panExtent);
    this.transform = transformForWindow(within, this.baseDomain, this.range);
    this.#onsettle(origin, this.window);
  }

  zoomIn(): void {
    this.#scaleBy(2);
  }

  zoomOut(): void {
    this.#scaleBy(0.5);
  }

  #scaleBy(factor: number): void {
    if (this.driver) this.driver.scaleBy(factor, 'control');
    else {
      const { start, end } = this.window;
      this.show(scaleWindowAbout(this.window, factor, (start + end) / 2), 'control');
    }
  }

  /** Back to every event with room to breathe. */
  fitAll(origin: MoveOrigin = 'control'): void {
    this.show(this.fitted, origin);
  }

  /** Pans by a share of the visible span: `-0.25` moves a quarter of the view to the left. */
  panBy(share: number): void {
    const { start, end } = this.window;
    const shift = (end - start) * share;
    this.show({ start: start + shift, end: end + shift }, 'control');
  }

  /** Zooms to show every span, with a margin of a third of their extent (at least 20 minutes). */
  showAround(spans: readonly TimeWindow[], origin: MoveOrigin = 'control'): void {
    if (spans.length === 0) return;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const pad = Math.max((end - start) / 3, 20 * MINUTE);
    this.show({ start: start - pad, end: end + pad }, origin);
  }

  /** Pans so `time` is in the middle, keeping the zoom. */
  centreOn(time: number, origin: MoveOrigin = 'control'): void {
    this.show(centreWindowOn(this.window, time), origin);
  }
}
