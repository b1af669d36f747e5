/**
 * The plot's width for the view, as `bind:clientWidth` keeps it, with where the plot
 * stands in the viewport read in the same breath: the one layout a fresh page's first
 * drawing waits for gives both, so knowing which lanes are in view costs no second one.
 */
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { ViewState } from './viewState.svelte';
import type { Fold } from './firstPaint.svelte';

export function measurePlot(
  view: ViewState,
  onplaced: (fold: Fold) => void,
): Attachment<HTMLElement> {
  return (node) => {
    untrack(() => {
      view.width = node.clientWidth;
      onplaced({ plotTop: node.getBoundingClientRect().top, viewportHeight: window.innerHeight });
    });
    // Later widths come after a layout the browser made anyway.
    const observer = new ResizeObserver(() => (view.width = node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}
