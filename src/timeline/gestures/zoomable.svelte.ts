/**
 * Binds d3-zoom to the timeline's plot and keeps a `ViewState` in step with it.
 *
 * d3-zoom owns only the gesture (wheel, trackpad pinch, drag, touch pinch, double
 * click); each `zoom` event becomes the view's window and Svelte redraws, and each `end`
 * settles it (the link is written then). Programmatic moves come back in through
 * `view.driver`, so they use `zoom.transform` and d3's stored transform stays true.
 */
import { easeCubicOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { ViewState, ZoomDriver } from '../view/viewState.svelte';
import type { AxisTransform, TimeWindow } from '../view/window';

export interface ZoomableOptions {
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
    // d3's stored transform is being brought to the view's own (after a resize or a new
    // period): not a move, so its events change nothing.
    let syncing = false;
    // Where the animated move under way is heading, so a sync (a new width, a new period
    // from a filter) can aim it again at the same window under the new scale.
    let heading: TimeWindow | null = null;

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
        if (syncing) return;
        const source = event.sourceEvent as MouseEvent | null;
        pressedAt = source?.type === 'mousedown' ? { x: source.clientX, y: source.clientY } : null;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (syncing) return;
        // From the first real move, not the press: a click on a mark starts a gesture too.
        const source = event.sourceEvent as Event | null;
        if (source && !isClickWobble(source)) {
          view.zoomGesture = true;
          view.following = false;
        }
        view.followTransform(event.transform);
      })
      .on('end', () => {
        if (syncing) return;
        heading = null;
        view.zoomGesture = false;
        view.settle();
      });

    const moveTo = (window: TimeWindow, instant = false) => {
      const transform = zoomTransformOf(view.transformFor(window));
      selection.interrupt();
      if (instant || prefersReducedMotion()) {
        selection.call(behavior.transform, transform);
        return false;
      }
      selection
        .transition()
        .duration(options.duration ?? 450)
        .ease(easeCubicOut)
        .call(behavior.transform, transform);
      heading = window;
      return true;
    };
    const driver: ZoomDriver = { moveTo };
    view.driver = driver;
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
    /**
     * Brings d3's stored transform to the one that shows the view's window, and aims an
     * animation that this cut short at its window again, under the new scale.
     */
    const sync = () => {
      const target = heading;
      syncing = true;
      selection.call(behavior.transform, zoomTransformOf(view.transform));
      syncing = false;
      heading = null;
      if (target) moveTo(target);
    };
    const stopPageSwipes = letPageSwipesThrough(node);

    // The limits and d3's transform follow the width and the period; the window on screen
    // stays put. Only those two are read here: the window changes on every frame of a move.
    $effect(() => {
      const width = view.width;
      void view.baseDomain;
      untrack(() => {
        limit(width);
        sync();
      });
    });

    return () => {
      stopPageSwipes();
      selection.interrupt().on('.zoom', null);
      if (view.driver === driver) view.driver = null;
    };
  };
}
