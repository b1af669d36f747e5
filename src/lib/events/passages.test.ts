import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pickPassage, segmentText, splitParagraphs, type PassageSpan } from './passages';

const text = 'On November 9 I received a telegram. His head echelons had reached Gatchina.';

function find(quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('segmentText', () => {
  it('returns the whole text as one plain run when there are no passages', () => {
    expect(segmentText(text, [])).toEqual([
      { start: 0, end: text.length, text, ids: [], handle: null },
    ]);
  });

  it('marks a passage and leaves the text around it plain', () => {
    const segments = segmentText(text, [{ id: 'gatchina', ...find('reached Gatchina') }]);
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      ['On November 9 I received a telegram. His head echelons had ', []],
      ['reached Gatchina', ['gatchina']],
      ['.', []],
    ]);
    expect(segments[1]!.handle).toBe('gatchina');
  });

  it('splits overlapping passages into runs that list every passage covering them', () => {
    const segments = segmentText(text, [
      { id: 'telegram', ...find('received a telegram. His head') },
      { id: 'gatchina', ...find('His head echelons had reached Gatchina') },
    ]);
    expect(segments.filter((s) => s.ids.length > 0).map((s) => [s.text, s.ids])).toEqual([
      ['received a telegram. ', ['telegram']],
      ['His head', ['telegram', 'gatchina']],
      [' echelons had reached Gatchina', ['gatchina']],
    ]);
  });

  it('lists an enclosing passage before the one nested inside it', () => {
    const segments = segmentText(text, [
      { id: 'inner', ...find('telegram') },
      { id: 'outer', ...find('received a telegram.') },
    ]);
    expect(segments.find((s) => s.text === 'telegram')?.ids).toEqual(['outer', 'inner']);
  });

  it('gives each overlapping passage its own handle so each is one tab stop', () => {
    const segments = segmentText(text, [
      { id: 'wide', ...find('received a telegram') },
      { id: 'narrow', ...find('received a') },
    ]);
    expect(segments.filter((s) => s.handle).map((s) => [s.text, s.handle])).toEqual([
      ['received a', 'narrow'],
      [' telegram', 'wide'],
    ]);
  });

  it('gives only one of two passages with exactly the same span a handle', () => {
    const segments = segmentText(text, [
      { id: 'a', ...find('telegram') },
      { id: 'b', ...find('telegram') },
    ]);
    expect(segments.map((s) => s.handle).filter(Boolean)).toEqual(['a']);
  });

  it('ignores empty, reversed and non-numeric spans and clamps spans that run past the text', () => {
    const segments = segmentText('abc', [
      { id: 'empty', start: 1, end: 1 },
      { id: 'reversed', start: 2, end: 1 },
      { id: 'nan', start: Number.NaN, end: 2 },
      { id: 'long', start: 2, end: 99 },
    ]);
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      ['ab', []],
      ['c', ['long']],
    ]);
  });

  it('handles text with characters outside the Basic Multilingual Plane by code unit', () => {
    const segments = segmentText('a😀b', [{ id: 'x', start: 1, end: 3 }]);
    expect(segments.map((s) => s.text)).toEqual(['a', '😀', 'b']);
  });

  it('always covers the text exactly, in order, with handles unique', () => {
    const spanArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(spanArb, { maxLength: 6 }), (t, spans) => {
        const segments = segmentText(t, spans as PassageSpan[]);
        expect(segments.map((s) => s.text).join('')).toBe(t);
        for (let i = 1; i < segments.length; i++) {
          expect(segments[i]!.start).toBe(segments[i - 1]!.end);
        }
        const handles = segments.map((s) => s.handle).filter((h) => h !== null);
        expect(new Set(handles).size).toBe(handles.length);
      }),
    );
  });
});

describe('splitParagraphs', () => {
  it('splits runs at blank lines and keeps the offsets of each piece', () => {
    const page = 'First para.\n\nSecond para.';
    const paragraphs = splitParagraphs(
      segmentText(page, [{ id: 'p', start: 6, end: page.indexOf('para', 13) }]),
    );
    expect(paragraphs.map((p) => p.map((s) => s.text))).toEqual([
      ['First ', 'para.'],
      ['Second ', 'para.'],
    ]);
    const second = paragraphs[1]![0]!;
    expect(page.slice(second.start, second.end)).toBe('Second ');
    expect(second.ids).toEqual(['p']);
  });

  it('keeps the handle only on the first piece of a passage that crosses a paragraph break', () => {
    const page = 'One.\n\nTwo.';
    const paragraphs = splitParagraphs(
      segmentText(page, [{ id: 'p', start: 0, end: page.length }]),
    );
    expect(paragraphs.map((p) => p.map((s) => s.handle))).toEqual([['p'], [null]]);
  });
});

describe('pickPassage', () => {
  const widths: Record<string, number> = { wide: 40, narrow: 10 };
  const width = (id: string) => widths[id] ?? 0;

  it('selects the narrowest passage under the pointer', () => {
    expect(pickPassage(['wide', 'narrow'], null, width)).toBe('narrow');
  });

  it('selects the next passage when the narrowest is already selected', () => {
    expect(pickPassage(['wide', 'narrow'], 'narrow', width)).toBe('wide');
  });

  it('returns null for plain text and the only passage otherwise', () => {
    expect(pickPassage([], null, width)).toBeNull();
    expect(pickPassage(['wide'], 'wide', width)).toBe('wide');
  });
});
