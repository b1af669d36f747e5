import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildReadingText,
  type ReadingTextResult,
  type ReadingTextRules,
} from './buildReadingText';

const corrections = [
  { ocr: 'ail', reading: 'all' },
  { ocr: 'ail thé', reading: 'all the' },
  { ocr: 'rn', reading: 'm' },
  { ocr: 'é', reading: 'e' },
  { ocr: 'ß', reading: 'ss' },
  { ocr: 'b1', reading: 'bl' },
  // Edges that are not letters, so no word boundary is asked for there.
  { ocr: '-a', reading: '–a' },
  { ocr: '1.', reading: 'l' },
];

/** Rules that only look at the text itself, never at where a line sits on the page. */
const contentRules: ReadingTextRules = {
  corrections,
  keepHyphenated: ['a-b', 'rn-ail-E'],
  strayMark: null,
};

/** The same plus page furniture, the default stray mark included. */
const pageRules: ReadingTextRules = {
  ...contentRules,
  strayMark: undefined,
  runningHead: '^\\d+ a',
  dropLines: ['^b b$', '^0$'],
};

const realisticChar = fc.constantFrom(
  ...['a', 'b', 'e', 'é', 'i', 'l', 'n', 'r', 'm', 't', 'h', 's', 'A', 'R', 'É', 'E', 'ß'],
  ...['e\u0301', '𝐀', '1', '0', '.', ' ', ' ', ' ', '\t', '\u00a0', '-', '-', '—'],
  ...['\n', '\n', '\n', '\r\n', '\r'],
);
const realisticText = fc.string({ unit: realisticChar, maxLength: 160 });

/** Lines that look like an OCR page: words, hyphens at line ends, furniture, blank lines. */
const pageLike = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('376 a', 'b b', '0', 'D', '', ' ', 'Com-', 'mittee', 'ail', 'thé', 'a-'),
        fc.constantFrom('b', 'Russian', 'rn-ail-', 'E', 'rn-', 'ail-', '1-', '1', 'b1-', '-a'),
        fc.string({ unit: realisticChar, maxLength: 30 }),
      ),
      fc.constantFrom('\n', ' \n', '\r\n', ' \r\n'),
    ),
    { maxLength: 14 },
  )
  .map((lines) => lines.flat().join(''));

const inputs: [string, fc.Arbitrary<string>][] = [
  ['realistic characters', realisticText],
  ['page-like lines', pageLike],
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 80 })],
  ['any code points', fc.string({ unit: 'binary', maxLength: 80 })],
];

/** Reading positions where a segment starts or ends. */
function boundaries(result: ReadingTextResult): number[] {
  return [...new Set([...result.map.segments.map((s) => s.readingStart), result.text.length])];
}

/** The spans checked per input: every segment, every prefix and suffix, and nearby pairs. */
function boundarySpans(result: ReadingTextResult): [number, number][] {
  const points = boundaries(result);
  const spans: [number, number][] = [];
  points.forEach((start, i) => {
    for (let j = i + 1; j < Math.min(points.length, i + 5); j++) spans.push([start, points[j]!]);
    spans.push([0, start], [start, result.text.length]);
  });
  return spans.filter(([start, end]) => start < end);
}

/**
 * The raw slice with the lines that held dropped furniture left out. The lines are
 * rejoined with "\n": every kind of line break reads the same, and splicing the
 * original breaks could fuse a "\r" and a "\n" into one break.
 */
function withoutFurniture(raw: string, result: ReadingTextResult, start: number, end: number) {
  const kept: string[] = [];
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = start;
  let lineStart = start;
  for (;;) {
    const found = breaks.exec(raw);
    const lineEnd = found === null || found.index >= end ? end : found.index;
    const furniture = result.dropped.some((d) => d.rawStart >= lineStart && d.rawEnd <= lineEnd);
    if (!furniture) kept.push(raw.slice(lineStart, lineEnd));
    if (lineEnd === end) break;
    lineStart = lineEnd + found![0].length;
  }
  return kept.join('\n');
}

describe.each(inputs)('buildReadingText over %s', (_name, input) => {
  it.each([
    ['content rules', contentRules],
    ['page rules', pageRules],
  ])('never throws with %s and returns a map that tiles both texts in order', (_rules, rules) => {
    fc.assert(
      fc.property(input, (raw) => {
        const result = buildReadingText(raw, rules);
        let reading = 0;
        let rawAt = 0;
        for (const segment of result.map.segments) {
          expect(segment.readingStart).toBe(reading);
          expect(segment.rawStart).toBe(rawAt);
          expect(segment.readingEnd).toBeGreaterThanOrEqual(segment.readingStart);
          expect(segment.rawEnd).toBeGreaterThanOrEqual(segment.rawStart);
          expect(
            segment.readingEnd - segment.readingStart + segment.rawEnd - segment.rawStart,
          ).toBeGreaterThan(0);
          reading = segment.readingEnd;
          rawAt = segment.rawEnd;
        }
        expect(reading).toBe(result.text.length);
        expect(rawAt).toBe(raw.length);
      }),
    );
  });

  it('copies raw text verbatim in every copy segment and produces no edge or doubled whitespace', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const result = buildReadingText(raw, pageRules);
        for (const s of result.map.segments) {
          if (s.kind === 'copy') {
            expect(result.text.slice(s.readingStart, s.readingEnd)).toBe(
              raw.slice(s.rawStart, s.rawEnd),
            );
          }
        }
        expect(result.text).not.toMatch(/^\s|\s$|\s\s(?<!\n\n)|\n(?!\n)(?<!\n\n)|\r/u);
        expect(result.paragraphs.every(({ start, end }) => start < end)).toBe(true);
        for (const applied of result.applied) {
          expect(result.text.slice(applied.readingStart, applied.readingEnd)).toBe(
            applied.correction.reading,
          );
        }
      }),
    );
  });

  it('normalizing raw.slice(toRaw(span)) with dropped furniture lines cut out, under the content rules, gives the text of any span between segment boundaries, trimmed', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(contentRules, pageRules), (raw, rules) => {
        const result = buildReadingText(raw, rules);
        for (const [start, end] of boundarySpans(result)) {
          const source = result.map.toRaw(start, end);
          const slice = withoutFurniture(raw, result, source.start, source.end);
          expect(buildReadingText(slice, contentRules).text).toBe(
            result.text.slice(start, end).replace(/^\s+|\s+$/gu, ''),
          );
        }
      }),
    );
  });

  it('toReading(toRaw(span)) gives back a span between segment boundaries and contains any other span', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), (raw, a, b) => {
        const result = buildReadingText(raw, pageRules);
        const { map, text } = result;
        for (const [start, end] of boundarySpans(result)) {
          const source = map.toRaw(start, end);
          expect(map.toReading(source.start, source.end)).toEqual({ start, end });
        }
        const start = Math.min(a % (text.length + 1), b % (text.length + 1));
        const end = Math.max(a % (text.length + 1), b % (text.length + 1));
        const source = map.toRaw(start, end);
        expect(0 <= source.start && source.start <= source.end && source.end <= raw.length).toBe(
          true,
        );
        const back = map.toReading(source.start, source.end);
        expect(back.start).toBeLessThanOrEqual(start);
        expect(back.end).toBeGreaterThanOrEqual(end);
      }),
    );
  });

  it('toRaw and toReading are monotone in both ends', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), (raw, a, b) => {
        const { map } = buildReadingText(raw, pageRules);
        const [p, q] = [a % (map.readingLength + 1), b % (map.readingLength + 1)].sort(
          (x, y) => x - y,
        ) as [number, number];
        expect(map.toRaw(p, p).start).toBeLessThanOrEqual(map.toRaw(q, q).end);
        expect(map.toRaw(0, p).end).toBeLessThanOrEqual(map.toRaw(0, q).end);
        expect(map.toRaw(p, map.readingLength).start).toBeLessThanOrEqual(
          map.toRaw(q, map.readingLength).start,
        );
        const [r, s] = [a % (raw.length + 1), b % (raw.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        expect(map.toReading(0, r).end).toBeLessThanOrEqual(map.toReading(0, s).end);
        expect(map.toReading(r, raw.length).start).toBeLessThanOrEqual(
          map.toReading(s, raw.length).start,
        );
        const dropped = map.toReading(r, s);
        expect(
          0 <= dropped.start && dropped.start <= dropped.end && dropped.end <= map.readingLength,
        ).toBe(true);
      }),
    );
  });
});
