import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  MINUTE,
  centreWindowOn,
  scaleWindowAbout,
  sameWindow,
  transformForWindow,
  windowForTransform,
} from './window';

const base = { start: Date.UTC(1917, 10, 6), end: Date.UTC(1917, 10, 11) };
const range = [0, 1000] as const;

describe('transformForWindow', () => {
  it('is the identity for the base domain itself', () => {
    const t = transformForWindow(base, base, range);
    expect(t.k).toBeCloseTo(1);
    expect(t.x).toBeCloseTo(0);
  });

  it('scales by the ratio of the base span to the window span', () => {
    const window = { start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 8, 12) };
    expect(transformForWindow(window, base, range).k).toBeCloseTo((5 * DAY) / (12 * HOUR));
  });

  it('round-trips through windowForTransform', () => {
    const window = { start: Date.UTC(1917, 10, 7, 21, 15), end: Date.UTC(1917, 10, 8, 3, 40) };
    const back = windowForTransform(transformForWindow(window, base, range), base, range);
    expect(back.start).toBeCloseTo(window.start, -1);
    expect(back.end).toBeCloseTo(window.end, -1);
  });

  it('works for a range that does not start at zero', () => {
    const window = { start: Date.UTC(1917, 10, 9), end: Date.UTC(1917, 10, 10) };
    const offset = [40, 840] as const;
    const back = windowForTransform(transformForWindow(window, base, offset), base, offset);
    expect(sameWindow(back, window)).toBe(true);
  });
});

describe('sameWindow', () => {
  const window = { start: Date.UTC(1917, 10, 7), end: Date.UTC(1917, 10, 10) };

  it('ignores differences of under a minute, such as a round trip through the URL', () => {
    expect(sameWindow(window, { start: window.start + 30_000, end: window.end - 59_000 })).toBe(
      true,
    );
  });

  it('tells apart windows an hour apart', () => {
    expect(sameWindow(window, { start: window.start + HOUR, end: window.end })).toBe(false);
  });

  it('scales its tolerance with the span', () => {
    const shifted = { start: window.start + 4 * MINUTE, end: window.end + 4 * MINUTE };
    expect(sameWindow(window, shifted)).toBe(true);
    expect(sameWindow(window, shifted, 1e-4)).toBe(false);
  });
});

describe('centreWindowOn', () => {
  it('keeps the span and puts the time in the middle', () => {
    const centred = centreWindowOn({ start: 0, end: 4 * HOUR }, 10 * HOUR);
    expect(centred).toEqual({ start: 8 * HOUR, end: 12 * HOUR });
  });
});

describe('scaleWindowAbout', () => {
  it('keeps the given time at the same place on screen while the span shrinks or grows', () => {
    const window = { start: 0, end: 8 * HOUR };
    const closer = scaleWindowAbout(window, 2, 6 * HOUR);
    expect(closer).toEqual({ start: 3 * HOUR, end: 7 * HOUR });
    expect((6 * HOUR - closer.start) / (closer.end - closer.start)).toBe(0.75);
    expect(scaleWindowAbout(closer, 0.5, 6 * HOUR)).toEqual(window);
  });
});
