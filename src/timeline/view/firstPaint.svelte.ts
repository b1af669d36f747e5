/**
 * What a fresh timeline draws in its first paint, and what waits for the browser's
 * first idle moment after it (`FirstScreen`): the marks of the lanes below the fold (a
 * large file's lanes take eight rows each, so a desktop shows two or three at first),
 * the overview strip under the plot and the gesture canvas.
 */
import type { Attachment } from 'svelte/attachments';
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

/** What the reader does first on a fresh timeline, each of which needs every lane drawn. */
const FIRST_INPUTS = ['pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Finishes the first paint at the reader's first touch of the timeline, not at the idle
 * moment: a gesture is drawn on the canvas, which waits for the rest, and a key may move
 * the focus to a mark in a lane below the fold.
 */
export function finishOnFirstInput(paint: FirstScreen): Attachment<HTMLElement> {
  return (element) => {
    if (paint.done) return;
    const finish = () => paint.finish();
    for (const kind of FIRST_INPUTS)
      element.addEventListener(kind, finish, { capture: true, passive: true });
    return () => {
      for (const kind of FIRST_INPUTS) element.removeEventListener(kind, finish, { capture: true });
    };
  };
}
