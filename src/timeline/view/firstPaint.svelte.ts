/**
 * What a fresh timeline draws in its first paint, and what waits for the browser's
 * first idle moment after it (`FirstScreen`): the marks of the lanes below the fold (a
 * large file's lanes take eight rows each, so a desktop shows two or three at first),
 * the overview strip under the plot and the gesture canvas.
 */
import { FirstScreen } from '../../lib/state/firstScreen.svelte';

/** Where the plot stood in the viewport when it was first measured. */
export interface Fold {
  plotTop: number;
  viewportHeight: number;
}

export class FirstPaint extends FirstScreen {
  /** Where the plot stood when first measured; null before. */
  fold = $state.raw<Fold | null>(null);

  /** Notes where the plot first stood; later measures change nothing. */
  placed(fold: Fold): void {
    this.fold ??= fold;
  }
}
