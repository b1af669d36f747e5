import { describe, expect, it } from 'vitest';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { eventSpan } from '../../lib/events/eventSpan';
import { STORY_DAYS, extentOf, fitWindow, overviewWindow } from './fitDomain';
import { DAY, HOUR } from './window';

const spans = sampleFile.events.map(eventSpan);

describe('fitWindow', () => {
  it('holds every event of the sample with a margin on both sides', () => {
    const extent = extentOf(spans)!;
    const fitted = fitWindow(spans);
    expect(fitted.start).toBeLessThan(extent.start);
    expect(fitted.end).toBeGreaterThan(extent.end);
    expect(extent.start - fitted.start).toBeGreaterThanOrEqual(3 * HOUR);
  });

  it('opens on 7–9 November 1917 for the sample events', () => {
    const fitted = fitWindow(spans);
    expect(new Date(fitted.start).toISOString().slice(0, 10)).toBe('1917-11-07');
    expect(new Date(fitted.end).toISOString().slice(0, 10)).toBe('1917-11-10');
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
