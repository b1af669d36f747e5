import { Ajv2020 } from 'ajv/dist/2020.js';
import { datePrecision } from '../../src/lib/events/datePrecision';
import { describe, expect, it } from 'vitest';
import eventsSchema from '../../schema/events.schema.json' with { type: 'json' };
import { parseEventsFile } from '../../src/lib/events/parseEventsFile';
import { generateEventsFile } from './events';

describe('generateEventsFile', () => {
  const file = generateEventsFile(300);

  it('writes a file the JSON Schema accepts', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(eventsSchema);
    validate(file);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('writes a file the app shows in full, with no event left out or flagged', () => {
    const result = parseEventsFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.data.events).toHaveLength(300);
  });

  it('gives the same events for the same count and seed', () => {
    expect(JSON.stringify(generateEventsFile(300))).toBe(JSON.stringify(file));
    expect(JSON.stringify(generateEventsFile(300, 7))).not.toBe(JSON.stringify(file));
  });

  it('anchors every event in its page, with titles of 20 to 60 characters', () => {
    const pages = new Map(file.sources.map((source) => [source.id, source]));
    for (const event of file.events) {
      const page = pages.get(event.anchor.source)!;
      const { start, end } = event.anchor.position;
      expect(page.readingText.slice(start, end)).toBe(event.anchor.quote.exact);
      expect(event.title.length).toBeGreaterThanOrEqual(20);
      expect(event.title.length).toBeLessThanOrEqual(60);
    }
  });

  it('mixes every precision, several lanes and dates across November 1917', () => {
    const precisions = new Set(file.events.map((event) => datePrecision(event.date)));
    expect([...precisions].sort()).toEqual(['day', 'days', 'minute', 'part-of-day']);
    expect(new Set(file.events.map((event) => event.lane)).size).toBeGreaterThanOrEqual(4);
    expect(file.events.some((event) => event.date.approximate)).toBe(true);
    const starts = file.events.map((event) => event.date.window.start.earliest);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]! < '1917-11-04').toBe(true);
    expect(starts.at(-1)! > '1917-11-26').toBe(true);
  });
});
