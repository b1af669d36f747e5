import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, WEEK } from './window';
import {
  clampWindowWithin,
  MAX_VISIBLE_MS,
  MIN_VISIBLE_MS,
  clampWindowSpan,
  panExtentFor,
  scaleExtentForSpans,
} from './zoomExtent';

const threeDays = { start: Date.UTC(1917, 10, 7), end: Date.UTC(1917, 10, 10) };

describe('scaleExtentForSpans', () => {
  it('turns the default limits of 30 minutes and 6 weeks into scale factors', () => {
    expect(MIN_VISIBLE_MS).toBe(30 * MINUTE);
    expect(MAX_VISIBLE_MS).toBe(6 * WEEK);
    const [k0, k1] = scaleExtentForSpans(threeDays);
    expect(k0).toBeCloseTo((3 * DAY) / (6 * WEEK));
    expect(k1).toBeCloseTo((3 * DAY) / (30 * MINUTE));
  });

  it('gives scale 1 to a limit equal to the base span', () => {
    const [k0, k1] = scaleExtentForSpans(threeDays, { minVisibleMs: HOUR, maxVisibleMs: 3 * DAY });
    expect(k0).toBe(1);
    expect(k1).toBe(72);
  });

  it('rejects an empty base domain and inverted limits', () => {
    expect(() => scaleExtentForSpans({ start: 5, end: 5 })).toThrow(RangeError);
    expect(() => scaleExtentForSpans(threeDays, { minVisibleMs: DAY, maxVisibleMs: HOUR })).toThrow(
      RangeError,
    );
  });
});

describe('panExtentFor', () => {
  it('is centred on the base domain and as wide as the widest window', () => {
    const pan = panExtentFor(threeDays);
    expect(pan.end - pan.start).toBe(MAX_VISIBLE_MS);
    expect((pan.start + pan.end) / 2).toBe((threeDays.start + threeDays.end) / 2);
  });
});

describe('clampWindowSpan', () => {
  it('widens a window narrower than the minimum about its centre', () => {
    const clamped = clampWindowSpan({ start: 0, end: MINUTE });
    expect(clamped.end - clamped.start).toBe(MIN_VISIBLE_MS);
    expect((clamped.start + clamped.end) / 2).toBe(MINUTE / 2);
  });

  it('narrows a window wider than the maximum and leaves others alone', () => {
    const wide = clampWindowSpan({ start: 0, end: 20 * WEEK });
    expect(wide.end - wide.start).toBe(MAX_VISIBLE_MS);
    expect(clampWindowSpan(threeDays)).toEqual(threeDays);
  });
});

describe('clampWindowWithin', () => {
  const extent = { start: 0, end: 10 * DAY };
  it('leaves a window inside the extent as it is', () => {
    expect(clampWindowWithin({ start: DAY, end: 2 * DAY }, extent)).toEqual({
      start: DAY,
      end: 2 * DAY,
    });
  });
  it('shifts a window that sticks out back inside, keeping its span', () => {
    expect(clampWindowWithin({ start: -DAY, end: DAY }, extent)).toEqual({
      start: 0,
      end: 2 * DAY,
    });
    expect(clampWindowWithin({ start: 9 * DAY, end: 12 * DAY }, extent)).toEqual({
      start: 7 * DAY,
      end: 10 * DAY,
    });
  });
  it('centres a window wider than the extent on it', () => {
    expect(clampWindowWithin({ start: 40 * DAY, end: 60 * DAY }, extent)).toEqual({
      start: -5 * DAY,
      end: 15 * DAY,
    });
  });
});
