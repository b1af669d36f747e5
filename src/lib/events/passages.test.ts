import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  passageInContext,
  pickPassage,
  segmentText,
  splitParagraphs,
  type PassageSpan,
} from './passages';

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

describe('passageInContext', () => {
  const page =
    'First paragraph ends here.\n\nThe general said that his head echelons had reached Gatchina in the morning, and the town was quiet.\n\nNext.';
  const start = page.indexOf('his head echelons');
  const end = start + 'his head echelons had reached Gatchina'.length;

  it('quotes the passage with whole words around it, within its paragraph', () => {
    const quoted = passageInContext(page, start, end, 12);
    expect(quoted.passage).toBe('his head echelons had reached Gatchina');
    expect(quoted.before).toBe('said that ');
    expect(quoted.after).toBe(' in the');
    expect(quoted.cutBefore).toBe(true);
    expect(quoted.cutAfter).toBe(true);
  });

  it('stops at the paragraph and says nothing was cut there', () => {
    const quoted = passageInContext(page, start, end, 500);
    expect(quoted.before).toBe('The general said that ');
    expect(quoted.after).toBe(' in the morning, and the town was quiet.');
    expect(quoted.cutBefore).toBe(false);
    expect(quoted.cutAfter).toBe(false);
  });

  it('always keeps the passage whole, whatever the context', () => {
    fc.assert(
      fc.property(fc.nat(page.length), fc.nat(page.length), fc.nat(200), (a, b, context) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const quoted = passageInContext(page, s, e, context);
        expect(quoted.passage).toBe(page.slice(s, e).replace(/\s+/g, ' '));
        expect(quoted.before.length).toBeLessThanOrEqual(context);
      }),
    );
  });
});
