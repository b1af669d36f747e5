/**
 * Binds a horizontal d3-brush to the overview strip and keeps it in step with a
 * `ViewState`: dragging or resizing the brush moves the main view at once, and the
 * main view's window moves the brush. Clicking outside the brush centres the view there.
 */
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { ScaleLinear } from 'd3-scale';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { ViewState } from '../view/viewState.svelte';
import type { TimeWindow } from '../view/window';

export interface BrushableOptions {
  /** The overview's scale: the whole period across the strip. Read reactively. */
  scale: () => ScaleLinear<number, number>;
  /** Height of the strip. */
  height: number;
}

/** The attachment for the `<g>` that holds the brush. */
export function brushable(view: ViewState, options: BrushableOptions): Attachment<SVGGElement> {
  return (node) => {
    const selection = select(node);
    let dragging = false;
    const windowOf = ([x0, x1]: [number, number]): TimeWindow => {
      const scale = options.scale();
      return { start: scale.invert(x0), end: scale.invert(x1) };
    };

    const behavior = brushX<unknown>()
      .handleSize(12)
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) dragging = true;
      })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        // From the first move, not the press, as for the plot: a click is not a drag.
        view.brushGesture = true;
        view.show(windowOf(event.selection as [number, number]), { instant: true });
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        dragging = false;
        view.brushGesture = false;
        if (event.selection) {
          view.settle();
          // A drag the view could not follow all the way (past the zoom or pan limits)
          // leaves the brush where the view stopped, not where the pointer did.
          followView();
          return;
        }
        // A click without a drag clears a d3 brush; here it means "look here".
        const source = event.sourceEvent as MouseEvent | TouchEvent;
        const at = 'changedTouches' in source ? source.changedTouches[0] : source;
        if (!at) return;
        const [px] = pointer(at, node);
        view.centreOn(options.scale().invert(px));
      });

    // The strip's width sets the brush's extent.
    $effect(() => {
      const [r0, r1] = options.scale().range() as [number, number];
      behavior.extent([
        [r0, 0],
        [r1, options.height],
      ]);
      selection.call(behavior);
    });

    /** Puts the brush where the main view is. */
    const followView = () => {
      const scale = options.scale();
      const [r0, r1] = scale.range() as [number, number];
      const { start, end } = view.window;
      const x0 = Math.max(r0, Math.min(scale(start), r1 - 1));
      const x1 = Math.max(x0 + 1, Math.min(scale(end), r1));
      selection.call(behavior.move, [x0, x1]);
    };

    // The main view moves the brush, unless the reader is dragging it.
    $effect(() => {
      void options.scale();
      void view.window;
      if (!dragging) untrack(followView);
    });

    return () => {
      selection.on('.brush', null);
    };
  };
}
