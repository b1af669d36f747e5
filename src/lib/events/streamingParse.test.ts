import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createStreamingParser } from './streamingParse';

/** Feeds `text` in pieces cut at `cuts` (fractions of its length) and finishes. */
function parseInPieces(
  text: string,
  cuts: number[],
  minBatch = 1,
  onPushed: (read: number) => void = () => {},
): unknown {
  const parser = createStreamingParser('events', { minBatch });
  const points = [...new Set(cuts.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of points) {
    parser.push(text.slice(from, point));
    from = point;
  }
  parser.push(text.slice(from));
  onPushed(parser.elementsRead());
  return parser.finish();
}

function outcome(run: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

// Strings that look like the places where a batch is cut or the array begins.
const tricky = fc.constantFrom(
  '},{"id":',
  '},{',
  '}, {',
  '"events":[',
  ']},',
  '\\"',
  '}]',
  ']}',
  '{',
  '[',
  '',
);
const text = fc.oneof(
  fc.string(),
  tricky,
  fc.tuple(fc.string(), tricky).map(([a, b]) => a + b),
);
const event = fc.record({
  id: text,
  title: text,
  date: fc.record({ start: text, precision: fc.constantFrom('day', 'minute') }),
  people: fc.array(text, { maxLength: 3 }),
  relations: fc.array(fc.record({ kind: text, to: text }), { maxLength: 2 }),
  anchor: fc.record({ quote: fc.record({ exact: text }), position: fc.nat() }),
});
const document = fc.record({
  $schema: text,
  formatVersion: fc.constant(1),
  sources: fc.array(fc.record({ id: text, text, events: fc.array(text, { maxLength: 2 }) }), {
    maxLength: 3,
  }),
  events: fc.array(event, { maxLength: 40 }),
});
const layout = fc.constantFrom<(value: unknown) => string>(
  (value) => JSON.stringify(value),
  (value) => JSON.stringify(value, null, 2),
  (value) => JSON.stringify(value, null, '\t').replaceAll('\n', '\r\n'),
);
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 });

describe('createStreamingParser', () => {
  it('gives what JSON.parse gives for a whole events file, in any layout and any pieces', () => {
    fc.assert(
      fc.property(
        document,
        layout,
        cuts,
        fc.integer({ min: 1, max: 400 }),
        (doc, write, at, min) => {
          const json = write(doc);
          expect(parseInPieces(json, at, min)).toEqual(JSON.parse(json));
          // With no lower bound on a batch, every event is parsed on its way in and none
          // is left for a parse of the whole text.
          let read = -1;
          parseInPieces(json, at, 1, (n) => (read = n));
          expect(read).toBe(doc.events.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps keys that come after the events, and lets a later key win as JSON.parse does', () => {
    const json = '{"a":1,"events":[{"id":"x"},{"id":"y"}],"b":[2],"a":3}';
    expect(parseInPieces(json, [0.2, 0.5, 0.7])).toEqual({
      a: 3,
      events: [{ id: 'x' }, { id: 'y' }],
      b: [2],
    });
  });

  it('reads an empty events list and a file with no events key at all', () => {
    expect(parseInPieces('{"lanes":[],"events":[ ]}', [0.5])).toEqual({ lanes: [], events: [] });
    expect(parseInPieces('{"lanes":[1]}', [0.3])).toEqual({ lanes: [1] });
  });

  it('does not take "events" inside a string or a nested object for the list', () => {
    const json = JSON.stringify({
      note: 'see "events":[ here',
      sources: [{ events: [{ id: 'inner' }] }],
      events: [{ id: 'outer' }],
    });
    expect(parseInPieces(json, [0.1, 0.3, 0.6, 0.9])).toEqual(JSON.parse(json));
  });

  it('fails as JSON.parse does on a comma after the last event, however the file arrives', () => {
    const json = JSON.stringify({ events: [{ id: 'a' }, { id: 'b' }] }, null, 2).replace(
      /\}\n {2}\]/,
      '},\n  ]',
    );
    expect(() => JSON.parse(json)).toThrow(SyntaxError);
    for (const cuts of [[], [0.3], [0.5, 0.8], [0.2, 0.4, 0.6, 0.9]]) {
      expect(outcome(() => parseInPieces(json, cuts))).toEqual({ error: 'SyntaxError' });
    }
  });

  it('fails exactly when JSON.parse fails, and agrees when it does not, for damaged files', () => {
    fc.assert(
      fc.property(
        document,
        layout,
        cuts,
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '{', '"', 'x', ',]', '\\'),
        fc.nat({ max: 3 }),
        (doc, write, at, where, insert, remove) => {
          const json = write(doc);
          const i = where % (json.length + 1);
          const damaged = json.slice(0, i) + insert + json.slice(i + remove);
          expect(outcome(() => parseInPieces(damaged, at))).toEqual(
            outcome(() => JSON.parse(damaged)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parses the events while the rest of the file is still to come', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, title: '},{' }));
    const json = JSON.stringify({ lanes: [], events });
    const parser = createStreamingParser('events', { minBatch: 100 });
    parser.push(json.slice(0, json.length / 2));
    expect(parser.elementsRead()).toBeGreaterThan(10);
    expect(parser.elementsRead()).toBeLessThan(50);
    parser.push(json.slice(json.length / 2));
    expect(parser.finish()).toEqual({ lanes: [], events });
  });

  it('does not take a key that only ends in "events" for the list', () => {
    const json = '{"lanes": [], "foo\\"events": [{"id": "a"}, {"id": "b"}]}';
    expect(parseInPieces(json, [0.3, 0.6])).toEqual(JSON.parse(json));
  });

  it('reads a file whose events put their id last without reading it over and over', () => {
    // Large events whose id comes last: every cut the parser tries inside the last,
    // unfinished event fails, and each failure reads the whole batch.
    const events = Array.from({ length: 300 }, (_, i) => ({
      date: { start: '1917-11-07', julian: { start: '1917-10-25' } },
      anchor: { quote: { exact: 'x'.repeat(200) }, position: { start: i, end: i + 1 } },
      relations: [
        { type: 'after', target: 'a' },
        { type: 'after', target: 'b' },
      ],
      id: `e${i}`,
    }));
    const json = JSON.stringify({ lanes: [], events });
    const realParse = JSON.parse.bind(JSON);
    let failedReading = 0;
    const parse = vi.spyOn(JSON, 'parse').mockImplementation((text: string) => {
      try {
        return realParse(text);
      } catch (error) {
        failedReading += text.length;
        throw error;
      }
    });
    const parser = createStreamingParser('events', { minBatch: 1024, failedReadingAllowance: 0 });
    for (let i = 0; i < json.length; i += 1500) parser.push(json.slice(i, i + 1500));
    const value = parser.finish();
    parse.mockRestore();
    expect(value).toEqual(JSON.parse(json));
    // At most about one whole reading of the text is spent on cuts that failed.
    expect(failedReading).toBeLessThanOrEqual(json.length * 1.2);
  });

  it('keeps the whole text for reporting where a file goes wrong', () => {
    const parser = createStreamingParser('events', { minBatch: 1 });
    parser.push('{"events":[{"id":1},');
    parser.push('{"id":2}');
    expect(() => parser.finish()).toThrow(SyntaxError);
    expect(parser.text()).toBe('{"events":[{"id":1},{"id":2}');
  });
});
