/**
 * What a fresh timeline draws in its first paint, and what waits for the browser's
 * first idle moment after it: the marks of the lanes below the fold (a large file's
 * lanes take eight rows each, so a desktop shows two or three at first), the overview
 * strip under the plot and the gesture canvas. A prerendered page has everything in
 * its HTML already, so nothing waits there.
 */
import { whenIdle } from '../../lib/dom/whenIdle';

/** Where the plot stood in the viewport when it was first measured. */
export interface Fold {
  plotTop: number;
  viewportHeight: number;
}

export class FirstPaint {
  /** Whether everything is drawn. */
  done = $state(false);
  /** Where the plot stood when first measured; null before. */
  fold = $state.raw<Fold | null>(null);

  /** `prerendered` when hydrating a page the build drew: everything is there already. */
  constructor(prerendered: boolean) {
    this.done = prerendered;
  }

  /** Notes where the plot first stood; later measures change nothing. */
  placed(fold: Fold): void {
    this.fold ??= fold;
  }

  /**
   * Draws the rest when the browser is next idle (at the latest after a second), once
   * the first paint is on screen. Returns the cancel function, for an effect's cleanup.
   */
  finishWhenIdle(): () => void {
    return whenIdle(() => (this.done = true), 1000, 50);
  }
}
