import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OffsetMap, OffsetMapBuilder, composeMaps } from './offsetMap';
import { composeMapsByLookup } from './offsetMap.testing';

// "Com- \nmittee was" read as "Committee was", with "376 " dropped in front.
//  raw:     "376 Com- \nmittee was"  (21 characters)
//  reading: "Committee was"          (13 characters)
const map = new OffsetMapBuilder().replace(0, 4).replace(9, 12).copy(4).build();

describe('OffsetMap', () => {
  it('tiles both texts with ordered segments', () => {
    expect(map.segments).toEqual([
      { readingStart: 0, readingEnd: 0, rawStart: 0, rawEnd: 4, kind: 'replace' },
      { readingStart: 0, readingEnd: 9, rawStart: 4, rawEnd: 16, kind: 'replace' },
      { readingStart: 9, readingEnd: 13, rawStart: 16, rawEnd: 20, kind: 'copy' },
    ]);
    expect([map.readingLength, map.rawLength]).toEqual([13, 20]);
  });

  it('toRaw maps a copied span character for character', () => {
    expect(map.toRaw(10, 13)).toEqual({ start: 17, end: 20 });
  });

  it('toRaw widens a span that starts or ends inside a replacement to the whole replacement', () => {
    expect(map.toRaw(3, 9)).toEqual({ start: 4, end: 16 });
    expect(map.toRaw(2, 11)).toEqual({ start: 4, end: 18 });
  });

  it('toRaw leaves raw text dropped at the edges of the span out', () => {
    expect(map.toRaw(0, 13)).toEqual({ start: 4, end: 20 });
  });

  it('toRaw of an empty span inside a replacement gives the replacement, elsewhere an empty span', () => {
    expect(map.toRaw(4, 4)).toEqual({ start: 4, end: 16 });
    expect(map.toRaw(11, 11)).toEqual({ start: 18, end: 18 });
    expect(map.toRaw(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('toReading maps dropped raw text to the empty span where it was dropped', () => {
    expect(map.toReading(0, 3)).toEqual({ start: 0, end: 0 });
  });

  it('toReading widens raw text inside a replacement to the reading it stands for', () => {
    expect(map.toReading(6, 8)).toEqual({ start: 0, end: 9 });
    expect(map.toReading(0, 18)).toEqual({ start: 0, end: 11 });
  });

  it('refuses spans outside the text', () => {
    expect(() => map.toRaw(0, 14)).toThrow(RangeError);
    expect(() => map.toRaw(5, 4)).toThrow(/not a span of the reading text/);
    expect(() => map.toReading(-1, 2)).toThrow(/not a span of the raw text \(length 20\)/);
  });

  it('refuses segments that do not tile', () => {
    expect(
      () =>
        new OffsetMap([{ readingStart: 0, readingEnd: 2, rawStart: 1, rawEnd: 3, kind: 'copy' }]),
    ).toThrow(/expected reading 0, raw 0/);
    expect(
      () =>
        new OffsetMap([{ readingStart: 0, readingEnd: 2, rawStart: 0, rawEnd: 3, kind: 'copy' }]),
    ).toThrow(/copy of unequal lengths/);
  });

  it('identity maps every span onto itself', () => {
    expect(OffsetMap.identity(5).toRaw(1, 4)).toEqual({ start: 1, end: 4 });
    expect(OffsetMap.identity(0).segments).toEqual([]);
  });
});

describe('OffsetMapBuilder', () => {
  it('merges adjacent copies and adjacent drops but keeps replacements apart', () => {
    const built = new OffsetMapBuilder()
      .copy(2)
      .copy(3)
      .replace(0, 1)
      .replace(0, 2)
      .replace(1, 1)
      .replace(1, 1)
      .build();
    expect(
      built.segments.map((s) => [s.kind, s.readingEnd - s.readingStart, s.rawEnd - s.rawStart]),
    ).toEqual([
      ['copy', 5, 5],
      ['replace', 0, 3],
      ['replace', 1, 1],
      ['replace', 1, 1],
    ]);
  });
});

describe('composeMaps', () => {
  it('chains a correction after a hyphen join into one replacement', () => {
    // raw "pro- \ncédure," → middle "procédure," → final "procedure,"
    const join = new OffsetMapBuilder().replace(9, 12).copy(1).build();
    const correct = new OffsetMapBuilder().replace(9, 9).copy(1).build();
    const composed = composeMaps(correct, join);
    expect(composed.segments).toEqual([
      { readingStart: 0, readingEnd: 9, rawStart: 0, rawEnd: 12, kind: 'replace' },
      { readingStart: 9, readingEnd: 10, rawStart: 12, rawEnd: 13, kind: 'copy' },
    ]);
    expect(correct.compose(join)).toEqual(composed);
  });

  it('merges a replacement that straddles segments of the other map', () => {
    // raw "ail \nthèse" → middle "ail thèse" → final "all these"
    const reflow = new OffsetMapBuilder().copy(3).replace(1, 2).copy(5).build();
    const correct = new OffsetMapBuilder().replace(9, 9).build();
    expect(composeMaps(correct, reflow).segments).toEqual([
      { readingStart: 0, readingEnd: 9, rawStart: 0, rawEnd: 10, kind: 'replace' },
    ]);
  });

  it('refuses maps whose middle texts differ in length', () => {
    expect(() => composeMaps(OffsetMap.identity(3), OffsetMap.identity(4))).toThrow(
      /outer map reads a text of 3 characters, the inner map produces 4/,
    );
  });

  it('never maps a span narrower than projecting it through both maps, and exactly where it copies', () => {
    fc.assert(
      fc.property(textEdits, textEdits, fc.nat(), fc.nat(), (innerOps, outerOps, a, b) => {
        const raw = 'abcdefghijklmnopqrstuvwxyz0123456789';
        const inner = applyOps(raw, innerOps);
        const outer = applyOps(inner.text, outerOps);
        const composed = composeMaps(outer.map, inner.map);

        expect(composed.readingLength).toBe(outer.text.length);
        expect(composed.rawLength).toBe(raw.length);
        for (const segment of composed.segments) {
          if (segment.kind !== 'copy') continue;
          expect(outer.text.slice(segment.readingStart, segment.readingEnd)).toBe(
            raw.slice(segment.rawStart, segment.rawEnd),
          );
        }

        const length = outer.text.length;
        const start = Math.min(a % (length + 1), b % (length + 1));
        const end = Math.max(a % (length + 1), b % (length + 1));
        if (start === end) return;
        const middle = outer.map.toRaw(start, end);
        const stepwise = inner.map.toRaw(middle.start, middle.end);
        const direct = composed.toRaw(start, end);
        expect(direct.start).toBeLessThanOrEqual(stepwise.start);
        expect(direct.end).toBeGreaterThanOrEqual(stepwise.end);
        const copied = composed.segments.every(
          (s) => s.kind === 'copy' || s.readingEnd <= start || s.readingStart >= end,
        );
        if (copied) expect(direct).toEqual(stepwise);
      }),
    );
  });
});

describe('composeMaps in one pass', () => {
  it('chains any two maps exactly as composing by a lookup per cut does', () => {
    fc.assert(
      fc.property(textEdits, textEdits, (innerOps, outerOps) => {
        const raw = 'abcdefghijklmnopqrstuvwxyz0123456789';
        const inner = applyOps(raw, innerOps);
        const outer = applyOps(inner.text, outerOps);
        expect(composeMaps(outer.map, inner.map).segments).toEqual(
          composeMapsByLookup(outer.map, inner.map).segments,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a map it builds frozen, and copies segments it is handed', () => {
    const segments = [
      { readingStart: 0, readingEnd: 2, rawStart: 0, rawEnd: 2, kind: 'copy' as const },
    ];
    const handed = new OffsetMap(segments);
    segments[0]!.readingEnd = 1;
    expect(handed.segments[0]!.readingEnd).toBe(2);
    const built = new OffsetMapBuilder().copy(2).replace(1, 3).build();
    expect(Object.isFrozen(built.segments)).toBe(true);
    expect(built.segments.every((segment) => Object.isFrozen(segment))).toBe(true);
  });
});

/** A random edit script: copy some characters, or replace some with other text. */
const textEdits = fc.array(
  fc.oneof(
    fc.record({ copy: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ take: fc.integer({ min: 0, max: 4 }), put: fc.string({ maxLength: 4 }) }),
  ),
  { maxLength: 12 },
);

type Op = { copy: number } | { take: number; put: string };

function applyOps(source: string, ops: Op[]): { text: string; map: OffsetMap } {
  const builder = new OffsetMapBuilder();
  let text = '';
  let at = 0;
  for (const op of ops) {
    if ('copy' in op) {
      const length = Math.min(op.copy, source.length - at);
      builder.copy(length);
      text += source.slice(at, at + length);
      at += length;
    } else {
      const take = Math.min(op.take, source.length - at);
      builder.replace(op.put.length, take);
      text += op.put;
      at += take;
    }
  }
  builder.copy(source.length - at);
  text += source.slice(at);
  return { text, map: builder.build() };
}
