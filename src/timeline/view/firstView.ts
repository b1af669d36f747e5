/**
 * The prerendered page's first view of the timeline. The build draws the page before
 * any script runs, so it cannot know how wide the plot will be, nor the font the
 * browser will measure the labels in: it lays the timeline out `FIRST_VIEW_WIDTH`
 * pixels wide with estimated label widths, and writes every horizontal position as a
 * share of the plot's width, which the browser applies at whatever width it has. The
 * app, hydrating the page, keeps that same layout (so nothing moves as the script
 * takes over) until the view first changes: a move, a filter that changes the events
 * on show, or a new width of the plot. From then on it lays out at the plot's width.
 *
 * A narrow width is chosen because the layout is then good at every wider one (the
 * labels have more room than it gave them, the rows are as many as the narrowest
 * screen needs), and a wider first view would shorten the labels of a phone's.
 */
import type { TimeWindow } from './window';

/** The width, in CSS pixels, the first view is laid out at: a phone's plot. */
export const FIRST_VIEW_WIDTH = 360;
/**
 * The axis of the first view is laid out at this width too, and shown instead where the
 * plot is at least this wide, so a desktop's first view has the clock ticks it would
 * have once the script lays it out (TimelineAxis.svelte's container query says 720px).
 */
export const FIRST_VIEW_WIDE_WIDTH = 720;

export class FirstView {
  readonly #window: TimeWindow | null;
  readonly #events: unknown;
  #measured = 0;
  #over: boolean;

  /**
   * `prerendered` when the page was drawn by the build; `window` and `events` are what
   * the timeline opens on.
   */
  constructor(prerendered: boolean, window: TimeWindow, events: unknown) {
    this.#over = !prerendered;
    this.#window = window;
    this.#events = events;
  }

  /**
   * Whether the timeline still shows the first view, given what it shows now. Once it
   * has not, it never does again (a window or a width can come back; the first view
   * does not). `width` is the plot's measured width, 0 until measured.
   */
  holds(window: TimeWindow, events: unknown, width: number): boolean {
    if (this.#over) return false;
    if (width > 0 && this.#measured === 0) this.#measured = width;
    const same =
      window === this.#window &&
      events === this.#events &&
      (width === 0 || width === this.#measured);
    if (!same) this.#over = true;
    return same;
  }
}
