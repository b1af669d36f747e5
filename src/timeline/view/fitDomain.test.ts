import { describe, expect, it } from 'vitest';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { eventSpan } from '../../lib/events/eventSpan';
import { STORY_DAYS, extentOf, fitWindow, overviewWindow } from './fitDomain';
import { DAY, HOUR } from './window';

const spans = sampleFile.events.map(eventSpan);

describe('fitWindow', () => {
  it('holds every event of the sample', () => {
    const extent = extentOf(spans)!;
    const fitted = fitWindow(spans);
    expect(fitted.start).toBeLessThanOrEqual(extent.start);
    expect(fitted.end).toBeGreaterThanOrEqual(extent.end);
  });

  it('opens on 7–9 November 1917 for the sample events', () => {
    const fitted = fitWindow(spans);
    expect(new Date(fitted.start).toISOString().slice(0, 10)).toBe('1917-11-07');
    expect(new Date(fitted.end).toISOString().slice(0, 10)).toBe('1917-11-10');
  });

  it('opens events of more than a day on the whole days they touch, the 23:59 of the last among them', () => {
    const evening = Date.UTC(1917, 10, 7, 21);
    const lastMinute = Date.UTC(1917, 10, 9, 23, 59);
    expect(fitWindow([{ start: evening, end: lastMinute }])).toEqual({
      start: Date.UTC(1917, 10, 7),
      end: Date.UTC(1917, 10, 10),
    });
    const midnight = Date.UTC(1917, 10, 9);
    expect(fitWindow([{ start: evening, end: midnight }]).end).toBe(midnight);
  });

  it('gives events within a day a margin, not the whole day', () => {
    const start = Date.UTC(1917, 10, 8, 2);
    const end = Date.UTC(1917, 10, 8, 9);
    const fitted = fitWindow([{ start, end }]);
    expect(fitted.start).toBe(start - 3 * HOUR);
    expect(fitted.end).toBe(end + 3 * HOUR);
  });

  it('gives a lone instant a few hours either side', () => {
    const t = Date.UTC(1917, 10, 7, 22, 40);
    expect(fitWindow([{ start: t, end: t }])).toEqual({ start: t - 3 * HOUR, end: t + 3 * HOUR });
  });

  it('falls back to the story days when there are no events', () => {
    expect(fitWindow([])).toEqual(STORY_DAYS);
  });
});

describe('overviewWindow', () => {
  it('runs over whole days from before the first event to after the last', () => {
    const overview = overviewWindow(spans);
    const extent = extentOf(spans)!;
    expect(Math.abs(overview.start % DAY)).toBe(0);
    expect(Math.abs(overview.end % DAY)).toBe(0);
    expect(overview.start).toBeLessThan(extent.start);
    expect(overview.end).toBeGreaterThan(extent.end);
  });

  it('is at least one day long', () => {
    const t = Date.UTC(1917, 10, 8, 12);
    const overview = overviewWindow([{ start: t, end: t }]);
    expect(overview.end - overview.start).toBeGreaterThanOrEqual(DAY);
  });
});
