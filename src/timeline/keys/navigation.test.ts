import { describe, expect, it } from 'vitest';
import { nextFocus, tabStopOf } from './navigation';

describe('nextFocus', () => {
  const order = ['a', 'b', 'c'];

  it('moves to the next and previous event in time', () => {
    expect(nextFocus(order, 'b', 'ArrowRight')).toBe('c');
    expect(nextFocus(order, 'b', 'ArrowLeft')).toBe('a');
  });

  it('stays put at either end', () => {
    expect(nextFocus(order, 'c', 'ArrowRight')).toBe('c');
    expect(nextFocus(order, 'a', 'ArrowLeft')).toBe('a');
  });

  it('jumps to the first and last with Home and End', () => {
    expect(nextFocus(order, 'b', 'Home')).toBe('a');
    expect(nextFocus(order, 'b', 'End')).toBe('c');
  });

  it('starts from an end when nothing is focused, and is null with no events', () => {
    expect(nextFocus(order, null, 'ArrowRight')).toBe('a');
    expect(nextFocus(order, 'gone', 'ArrowLeft')).toBe('c');
    expect(nextFocus([], null, 'Home')).toBeNull();
  });
});

describe('tabStopOf', () => {
  const shown = new Set(['a', 'b', 'c']);
  const isShown = (id: string) => shown.has(id);

  it('is the selected event when it is shown', () => {
    expect(tabStopOf(isShown, 'c', 'b', 'a')).toBe('c');
  });

  it('is the last focused event when nothing shown is selected', () => {
    expect(tabStopOf(isShown, 'filtered-out', 'b', 'a')).toBe('b');
    expect(tabStopOf(isShown, null, 'b', 'a')).toBe('b');
  });

  it('is the first event in time otherwise', () => {
    expect(tabStopOf(isShown, null, null, 'a')).toBe('a');
    expect(tabStopOf(isShown, 'filtered-out', 'gone', 'a')).toBe('a');
    expect(tabStopOf(() => false, null, null, null)).toBeNull();
  });
});
