/**
 * The timeline's gestures in a chunk of their own. d3-zoom, d3-brush and their
 * transitions, with the canvas that draws the marks during a gesture, are about a
 * quarter of the page's script, and none of it is needed to draw the timeline: the
 * chunk is asked for as soon as the page's script runs, beside events.json, and the app
 * waits a little for it before drawing (see `App.svelte`). A timeline drawn before it
 * takes its gestures from the moment it arrives: the attachments below read the loaded chunk as
 * reactive state, so Svelte runs them again then. Until then the buttons and keys move
 * the view on their own (see `ViewState.show`).
 */
import type { Attachment } from 'svelte/attachments';
import type { BrushableOptions } from '../../lib/attachments/brushable.svelte';
import type { ZoomableOptions } from '../../lib/attachments/zoomable.svelte';
import type { ViewState } from '../../lib/state/viewState.svelte';

type GesturesChunk = typeof import('./gesturesChunk');

let chunk = $state.raw<GesturesChunk | null>(null);

/**
 * Settles once the chunk is in or could not be loaded; never rejects. Without the chunk
 * (the network failed) the timeline stays drawn and its buttons and keys still move
 * it; only the wheel, drag, pinch and brush are missing.
 */
export const gesturesSettled: Promise<void> = import('./gesturesChunk').then(
  (loaded) => {
    chunk = loaded;
  },
  (reason: unknown) => {
    console.error('The timeline could not load its zoom and pan gestures:', reason);
  },
);

export const gestures = {
  /** The loaded chunk, or null before it arrives (or for good, if it cannot be loaded). */
  get current(): GesturesChunk | null {
    return chunk;
  },
};

/** `zoomable` from the chunk, bound when it arrives. */
export function zoomable(view: ViewState, options: ZoomableOptions = {}): Attachment<HTMLElement> {
  return (node) => chunk?.zoomable(view, options)(node);
}

/** `brushable` from the chunk, bound when it arrives. */
export function brushable(view: ViewState, options: BrushableOptions): Attachment<SVGGElement> {
  return (node) => chunk?.brushable(view, options)(node);
}
