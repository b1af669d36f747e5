import { describe, expect, it } from 'vitest';
import { FirstView } from './firstView';

const opening = { start: 0, end: 100 };
const events = [{ id: 'a' }];

describe('FirstView', () => {
  it('holds while the window, the events and the first measured width stay', () => {
    const first = new FirstView(true, opening, events);
    expect(first.holds(opening, events, 0)).toBe(true);
    expect(first.holds(opening, events, 740)).toBe(true);
    expect(first.holds(opening, events, 740)).toBe(true);
  });

  it('ends for good at the first move, filter or resize, even when the view comes back', () => {
    for (const change of [
      (f: FirstView) => f.holds({ start: 0, end: 50 }, events, 740),
      (f: FirstView) => f.holds(opening, [...events], 740),
      (f: FirstView) => f.holds(opening, events, 600),
    ]) {
      const first = new FirstView(true, opening, events);
      first.holds(opening, events, 740);
      expect(change(first)).toBe(false);
      expect(first.holds(opening, events, 740)).toBe(false);
    }
  });

  it('never holds on a page the build did not draw', () => {
    expect(new FirstView(false, opening, events).holds(opening, events, 0)).toBe(false);
  });
});
