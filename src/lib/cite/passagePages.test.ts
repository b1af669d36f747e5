import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, SourcePageWithText } from '../events/types';
import { pageLocator, passagePages } from './passagePages';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile<SourcePageWithText>;
const [source] = file.sources;
const pagesOf = (id: string) => {
  const event = file.events.find((e) => e.id === id)!;
  return passagePages(source!.readingText, event.anchor.position, source!.page);
};

describe('passagePages', () => {
  it('runs the Gatchina sentence, cut off at the foot of p. 376, on to p. 377', () => {
    expect(pagesOf('gatchina-occupied')).toEqual({ first: 376, last: 377 });
  });

  it('keeps every other passage of p. 376 on that page', () => {
    const others = file.events.filter((e) => e.id !== 'gatchina-occupied');
    expect(others.length).toBeGreaterThan(10);
    for (const event of others) {
      expect(passagePages(source!.readingText, event.anchor.position, 376), event.id).toEqual({
        first: 376,
        last: 376,
      });
    }
  });

  it('ends on the page when its text ends a sentence, closing quotes and white space aside', () => {
    for (const text of ['He agreed.', 'He agreed?\n', 'He said, “Go.”  ', 'It ended (at last.)']) {
      expect(passagePages(text, { start: 3, end: text.length }, 10), text).toEqual({
        first: 10,
        last: 10,
      });
    }
  });

  it('goes on to the next page when the text stops at a word, a comma or a hyphen', () => {
    for (const text of ['had occupied the', 'had occupied,', 'the Com-']) {
      expect(passagePages(text, { start: 0, end: text.length }, 10).last, text).toBe(11);
    }
  });

  it('begins on the page before when the page opens in lower case and the passage opens it', () => {
    const text = 'the train left. Then it rained.';
    expect(passagePages(text, { start: 0, end: 15 }, 10)).toEqual({ first: 9, last: 10 });
    expect(passagePages(text, { start: 16, end: 31 }, 10)).toEqual({ first: 10, last: 10 });
    expect(passagePages(`Then ${text}`, { start: 0, end: 4 }, 10).first).toBe(10);
  });

  it('never leaves the page for a passage with words of the page after it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.stringMatching(/^[a-z][a-z ]{0,20}$/),
        fc.stringMatching(/^ *[a-z]+[a-z ,]*$/),
        (head, passage, tail) => {
          const text = `${head}${passage}${tail}`;
          const position = { start: head.length, end: head.length + passage.length };
          return passagePages(text, position, 100).last === 100;
        },
      ),
    );
  });

  it('spans at most the page before, the page and the page after', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(60), fc.nat(60), (text, a, b) => {
        const [start, end] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        const { first, last } = passagePages(text, { start, end }, 50);
        return first >= 49 && first <= 50 && last >= 50 && last <= 51;
      }),
    );
  });
});

describe('pageLocator', () => {
  it('writes one page as itself and a range with a hyphen for the style to shorten', () => {
    expect(pageLocator({ first: 376, last: 376 })).toBe('376');
    expect(pageLocator({ first: 376, last: 377 })).toBe('376-377');
  });
});
