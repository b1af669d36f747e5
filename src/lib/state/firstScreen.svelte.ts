/**
 * Whether what lies under a fresh page's first screen is drawn. A page drawn afresh
 * (a reader's own events.json, the timeline of a large file) draws its first screen
 * first and the rest once the browser is idle after that paint, so the reader sees the
 * events as soon as they can be drawn; a prerendered page has everything in its HTML
 * already, and hydrating it draws everything at once, as the build did.
 */
import { whenIdle } from '../dom/whenIdle';

export class FirstScreen {
  /** Whether everything is drawn. */
  done = $state(false);

  /** `prerendered` when hydrating a page the build drew. */
  constructor(prerendered: boolean) {
    this.done = prerendered;
  }

  /**
   * Draws the rest when the browser is next idle, at the latest after a second. Returns
   * the cancel function, for an effect's cleanup.
   */
  finishWhenIdle(): () => void {
    return whenIdle(() => this.finish(), 1000, 50);
  }

  /** Draws the rest now: the reader has started using the page. */
  finish(): void {
    this.done = true;
  }
}
