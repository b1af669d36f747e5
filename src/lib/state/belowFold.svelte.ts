/**
 * The parts of the explorer under a fresh page's first screen (the filters, the day's
 * events, the narrative order, the map and index), drawn one at a time, each when the
 * browser is next idle after the one before: drawn together they took one task of
 * one to two seconds for a book, in which the page answered nothing. A prerendered
 * page has them all in its HTML already, and hydrating it draws them at once.
 */
import { whenIdle } from '../dom/whenIdle';

export class BelowFold {
  /** How many parts there are. */
  readonly parts: number;
  /** How many of them are drawn, in their order. */
  shown = $state(0);

  /** `prerendered` when hydrating a page the build drew: everything is drawn. */
  constructor(parts: number, prerendered: boolean) {
    this.parts = parts;
    this.shown = prerendered ? parts : 0;
  }

  /** Whether part `index` (from 0) is drawn. */
  shows(index: number): boolean {
    return index < this.shown;
  }

  /**
   * Draws the parts not drawn yet, one each time the browser is idle (at the latest a
   * second after the one before). Returns the cancel function, for an effect's cleanup.
   */
  revealWhenIdle(): () => void {
    let cancel = () => {};
    const next = () => {
      this.shown = Math.min(this.parts, this.shown + 1);
      if (this.shown < this.parts) cancel = whenIdle(next, 1000, 50);
    };
    if (this.shown < this.parts) cancel = whenIdle(next, 1000, 50);
    return () => cancel();
  }
}
