/**
 * Binds d3-zoom to the timeline's plot and keeps a `ViewState` in step with it.
 *
 * d3-zoom owns only the gesture (wheel, trackpad pinch, drag, touch pinch, double
 * click); on every `zoom` event the transform goes into `view.transform` and Svelte
 * redraws. Programmatic moves come back in through `view.driver`, so they use
 * `zoom.transform` and `zoom.scaleBy` and d3's stored transform stays true.
 */
import { easeCubicOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { MoveOrigin, ViewState } from '../state/viewState.svelte';
import { windowForTransform, type AxisTransform, type TimeWindow } from '../timeline/window';

export interface ZoomableOptions {
  /** Called once at the end of each move, with why it moved and the window it came to. */
  onend?: (origin: MoveOrigin, window: TimeWindow) => void;
  /** Length of animated moves in milliseconds; default 450. */
  duration?: number;
}

/** The view's plain `{k, x}` as a d3-zoom transform. */
function zoomTransformOf({ k, x }: AxisTransform): ZoomTransform {
  return zoomIdentity.translate(x, 0).scale(k);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Leaves a one-finger swipe that goes more up or down than sideways to the page, which
 * scrolls (the plot's `touch-action: pan-y` allows it): d3-zoom would take every touch
 * and cancel it, so on a phone, where the timeline fills the screen, the page could not
 * be scrolled past it. The first move decides, as the browser does: a first move that
 * nobody cancels starts a scroll and makes the later ones uncancellable. Returns the
 * cleanup.
 */
function letPageSwipesThrough(node: HTMLElement): () => void {
  let swipe: { x: number; y: number; toPage: boolean | null } | null = null;
  const started = (event: TouchEvent) => {
    const touch = event.touches.length === 1 ? event.touches[0] : undefined;
    swipe = touch ? { x: touch.clientX, y: touch.clientY, toPage: null } : null;
  };
  const moved = (event: TouchEvent) => {
    const touch = event.touches.length === 1 ? event.touches[0] : undefined;
    if (!swipe || !touch) {
      swipe = null;
      return;
    }
    swipe.toPage ??= Math.abs(touch.clientY - swipe.y) > Math.abs(touch.clientX - swipe.x);
    // Capture listeners on the plot run before d3's own there: it never sees these moves.
    if (swipe.toPage) event.stopImmediatePropagation();
  };
  const options = { capture: true, passive: true };
  node.addEventListener('touchstart', started, options);
  node.addEventListener('touchmove', moved, options);
  return () => {
    node.removeEventListener('touchstart', started, options);
    node.removeEventListener('touchmove', moved, options);
  };
}

/** The attachment for the element that receives zoom and pan gestures. */
export function zoomable(view: ViewState, options: ZoomableOptions = {}): Attachment<HTMLElement> {
  return (node) => {
    const selection = select(node);
    // The window last drawn, so a resize or a new period can keep it on screen.
    let shown: TimeWindow | null = null;
    // Where the animation in progress is heading, so quick repeated presses of + add up.
    let heading: ZoomTransform | null = null;

    // Where a mouse press began: a press that wanders a pixel or two is still a click on a
    // mark (d3 is told so too), and the canvas is not brought out for it.
    const CLICK_DISTANCE = 3;
    let pressedAt: { x: number; y: number } | null = null;
    const isClickWobble = (source: Event) =>
      source.type === 'mousemove' &&
      pressedAt !== null &&
      Math.hypot(
        (source as MouseEvent).clientX - pressedAt.x,
        (source as MouseEvent).clientY - pressedAt.y,
      ) < CLICK_DISTANCE;

    const behavior = zoom<HTMLElement, unknown>()
      .clickDistance(CLICK_DISTANCE)
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const source = event.sourceEvent as MouseEvent | null;
        pressedAt = source?.type === 'mousedown' ? { x: source.clientX, y: source.clientY } : null;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        // From the first real move, not the press: a click on a mark starts a gesture too.
        const source = event.sourceEvent as Event | null;
        if (source && !view.zoomGesture && !isClickWobble(source)) view.zoomGesture = true;
        view.transform = event.transform;
        shown = windowForTransform(event.transform, view.baseDomain, view.range);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const origin = view.moving ?? (event.sourceEvent ? 'gesture' : 'sync');
        view.moving = null;
        heading = null;
        view.zoomGesture = false;
        if (shown) options.onend?.(origin, shown);
      });

    const move = (
      origin: MoveOrigin,
      instant: boolean,
      apply: (target: typeof selection) => void,
    ) => {
      // A move cut short by this one ends as a mere sync (it is not where the reader
      // stopped), and it ends before this one starts, so the origins do not mix.
      if (view.moving) view.moving = 'sync';
      selection.interrupt();
      view.moving = origin;
      if (instant || prefersReducedMotion()) apply(selection);
      else
        apply(
          selection
            .transition()
            .duration(options.duration ?? 450)
            .ease(easeCubicOut) as unknown as typeof selection,
        );
    };

    const transformTo = (to: AxisTransform, origin: MoveOrigin, instant = false) => {
      const transform = zoomTransformOf(to);
      move(origin, instant, (target) => {
        heading = target === selection ? null : transform;
        target.call(behavior.transform, transform);
      });
    };
    view.driver = {
      transformTo,
      scaleBy(factor: number, origin: MoveOrigin) {
        const from = heading ?? zoomTransformOf(view.transform);
        const [k0, k1] = behavior.scaleExtent();
        const k = Math.min(k1, Math.max(k0, from.k * factor));
        const centre = Math.max(view.width, 1) / 2;
        const t = zoomIdentity.translate(centre - from.invertX(centre) * k, 0).scale(k);
        const extent = behavior.extent() as unknown as () => [[number, number], [number, number]];
        const bounds = extent.call(node);
        transformTo(behavior.constrain()(t, bounds, behavior.translateExtent()), origin);
      },
    };
    selection.call(behavior);
    /** The plot's size (given, so d3 never reads it: a forced layout) and the zoom and pan limits. */
    const limit = (width: number) => {
      const [k0, k1] = view.scaleExtent;
      const [t0, t1] = view.translateExtent;
      behavior
        .extent([
          [0, 0],
          [Math.max(width, 1), 1],
        ])
        .scaleExtent([k0, k1])
        .translateExtent([
          [t0, -Infinity],
          [t1, Infinity],
        ]);
    };
    // The view may have moved before the gestures were bound (their chunk can arrive after
    // the first drawing): d3-zoom starts from where it is, not from scale 1. Untracked, with the
    // handlers it runs: what they read must not bind the gesture again when it changes.
    untrack(() => {
      limit(view.width);
      selection.call(behavior.transform, zoomTransformOf(view.transform));
    });
    const stopPageSwipes = letPageSwipesThrough(node);

    // Limits follow the period and the width without rebinding the gesture; the
    // window on screen stays put when either changes.
    $effect(() => {
      const width = view.width;
      limit(width);
      untrack(() => {
        if (shown && width > 0) view.driver?.transformTo(view.transformFor(shown), 'sync', true);
      });
    });

    return () => {
      stopPageSwipes();
      selection.interrupt().on('.zoom', null);
      if (view.driver) view.driver = null;
    };
  };
}
