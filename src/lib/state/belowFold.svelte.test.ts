import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BelowFold } from './belowFold.svelte';

/** The browser's idle callbacks, run by hand: each call of `idle()` is one idle moment. */
let pending: (() => void)[] = [];
function idle(): void {
  const [callback] = pending;
  pending = pending.slice(1);
  callback?.();
}

beforeEach(() => {
  pending = [];
  vi.stubGlobal('window', {
    requestIdleCallback: (callback: () => void) => pending.push(callback),
    cancelIdleCallback: (handle: number) => {
      pending = pending.filter((_, i) => i !== handle - 1);
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('BelowFold', () => {
  it('draws one part more at each idle moment, in order, until all are drawn', () => {
    const below = new BelowFold(3, false);
    below.revealWhenIdle();
    const drawn = () => [0, 1, 2].map((part) => below.shows(part));
    expect(drawn()).toEqual([false, false, false]);
    idle();
    expect(drawn()).toEqual([true, false, false]);
    idle();
    expect(drawn()).toEqual([true, true, false]);
    idle();
    expect(drawn()).toEqual([true, true, true]);
    // Nothing is left waiting once all are drawn.
    expect(pending).toHaveLength(0);
  });

  it('has everything drawn at once on a prerendered page, and waits for nothing', () => {
    const below = new BelowFold(4, true);
    below.revealWhenIdle();
    expect([0, 1, 2, 3].every((part) => below.shows(part))).toBe(true);
    expect(pending).toHaveLength(0);
  });

  it('draws nothing more once cancelled', () => {
    const below = new BelowFold(3, false);
    const cancel = below.revealWhenIdle();
    idle();
    cancel();
    idle();
    idle();
    expect(below.shown).toBe(1);
  });
});
