import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { FirstPaint, finishOnFirstInput } from './firstPaint.svelte';

describe("a fresh timeline's first paint", () => {
  for (const kind of ['pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin']) {
    it(`is finished by the reader's first ${kind} on the timeline, before the idle moment`, () => {
      const paint = new FirstPaint(false);
      const element = new EventTarget() as unknown as HTMLElement;
      const detach = finishOnFirstInput(paint)(element);
      expect(paint.done).toBe(false);
      element.dispatchEvent(new Event(kind));
      flushSync();
      expect(paint.done).toBe(true);
      if (typeof detach === 'function') detach();
    });
  }

  it('is left alone by other events, and a prerendered one has nothing to finish', () => {
    const paint = new FirstPaint(false);
    const element = new EventTarget() as unknown as HTMLElement;
    finishOnFirstInput(paint)(element);
    element.dispatchEvent(new Event('pointermove'));
    expect(paint.done).toBe(false);
    expect(finishOnFirstInput(new FirstPaint(true))(element)).toBeUndefined();
  });
});
