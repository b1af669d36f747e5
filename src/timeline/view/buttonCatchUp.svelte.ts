/**
 * The marks' buttons brought up to date after a gesture, a few dozen marks a task. During a
 * zoom or drag the canvas draws the marks and the buttons keep the layout the gesture
 * started from; at its end every button would be made or moved at once, which at
 * 10,000 events took one task of 150 ms (a wheel step arriving then waited for it).
 * Instead the buttons stay held where they were, unseen, while the lanes are brought to
 * the new layout a slice at a time, each slice its own task of about `SLICE_MS`; the
 * canvas stays on show until the last lane is in place, so the reader sees no step of it.
 */
import { flushSync } from 'svelte';
import { applyStep, catchUpSteps, type NodesByLane } from '../layout/nodesByLane';

/** About how long one slice of the catch-up may run before it leaves the rest to a later task. */
export const SLICE_MS = 12;
/**
 * The most marks one step makes: a mark with its label and accessible name costs about a
 * millisecond, several on a busy machine (24 a step took 50–100 ms there).
 */
export const CHUNK = 8;

/** Runs `callback` in a task of its own (after the browser has had its turn); returns the cancel. */
function inNextTask(callback: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

export class ButtonCatchUp {
  /** The buttons held through a gesture and its catch-up; null when they follow the layout. */
  held = $state.raw<NodesByLane | null>(null);

  /** Holds the buttons as they are now, as a gesture starts (again, if one is under way). */
  hold(shown: NodesByLane): void {
    this.held ??= shown;
  }

  /**
   * Brings the held buttons to `target`, lanes in `order` first, a slice a task; the hold
   * ends with the last. `layOut` lays the page out, so that a slice pays for the layout of
   * the buttons it made (their labels' text), not the next frame for all of them at once.
   * Returns the cancel function (the buttons then stay held).
   */
  start(order: readonly string[], target: NodesByLane, layOut: () => void): () => void {
    const from = this.held;
    if (!from) return () => {};
    const steps = catchUpSteps(order, from, target, CHUNK);
    const step = () => {
      const began = performance.now();
      while (steps.length > 0 && performance.now() - began < SLICE_MS) {
        const next = steps.shift()!;
        // Drawn now, inside this task, so the time it took is known before the next step.
        flushSync(() => (this.held = applyStep(this.held ?? from, target, next)));
        layOut();
      }
      if (steps.length > 0) cancel = inNextTask(step);
      else this.held = null;
    };
    let cancel = inNextTask(step);
    return () => cancel();
  }
}
