import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWindow } from '../time/describeWindow';
import { glyphOf } from '../../timeline/layout/windowGlyph';
import { eventSpan } from './eventSpan';
import { buildTimelineIndex, parseTimelineIndex } from './timelineIndex';
import type { EventsFile } from './types';

const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

describe('buildTimelineIndex', () => {
  const index = parseTimelineIndex(JSON.stringify(buildTimelineIndex(bundled)));

  it('keeps every event in time order, and the lanes', () => {
    expect(index.events.map((event) => event.id)).toEqual(bundled.events.map((event) => event.id));
    expect(index.lanes).toEqual(bundled.lanes);
  });

  it('draws and names each event as the full record does: span, glyph, date in words', () => {
    for (const [i, event] of bundled.events.entries()) {
      const entry = index.events[i]!;
      expect(entry.title).toBe(event.title);
      expect(entry.lane).toBe(event.lane);
      expect(eventSpan(entry)).toEqual(eventSpan(event));
      expect(glyphOf(entry)).toEqual(glyphOf(event));
      for (const calendar of ['gregorian', 'julian'] as const)
        expect(describeWindow(entry.date, calendar)).toBe(describeWindow(event.date, calendar));
    }
  });

  it('leaves out what the timeline never reads: passages, summaries, citations', () => {
    const text = JSON.stringify(index);
    expect(text).not.toContain(bundled.events[0]!.anchor.quote.exact);
    expect(text).not.toContain(bundled.events[0]!.summary);
    expect(text.length).toBeLessThan(JSON.stringify(bundled).length / 3);
  });
});

describe('the written index', () => {
  it('leaves out what most events share and keeps what differs', () => {
    const written = buildTimelineIndex(bundled).events;
    for (const [i, event] of bundled.events.entries()) {
      const { date } = written[i]!;
      const tightened = JSON.stringify(event.date.own) !== JSON.stringify(event.date.window);
      expect('own' in date).toBe(tightened);
      expect('readings' in date).toBe(event.date.readings.length > 0);
      expect('approximate' in date).toBe(event.date.approximate);
    }
    // The bundled page has both kinds, so both ways are seen.
    expect(written.some((event) => 'own' in event.date)).toBe(true);
    expect(written.some((event) => 'readings' in event.date)).toBe(true);
  });
});

describe('parseTimelineIndex', () => {
  it('refuses an events file or broken text, saying what it found', () => {
    expect(() => parseTimelineIndex(JSON.stringify(bundled))).toThrow(
      /should say format "timeline-index", formatVersion 1; it says undefined, 1/,
    );
    expect(() => parseTimelineIndex('{"format":')).toThrow(/the timeline index is not JSON/);
    expect(() =>
      parseTimelineIndex('{"format":"timeline-index","formatVersion":1,"lanes":[]}'),
    ).toThrow(/no "events" or no "lanes" array/);
  });
});
