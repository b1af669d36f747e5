import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReadingText, type ReadingTextRules } from '../reading-text/buildReadingText';
import { quoteSelector } from './findAnchor';
import { matchQuote } from './matchQuote';
import { describeReview, reanchor, textChanges, type PlacedAnchor } from './reanchor';

/** An anchor over `[start, end)` of `text`, as the last extraction would have placed it. */
function placed(id: string, text: string, passage: string): PlacedAnchor {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`the test text has no "${passage}"`);
  const end = start + passage.length;
  return { id, quote: quoteSelector(text, start, end), position: { start, end } };
}

const before =
  'On November 8 the first echelons left Ostrov. The general agreed. ' +
  'On November 9 I received a telegram. His head echelons had reached Gatchina.';

describe('reanchor', () => {
  it('keeps an anchor the change does not touch, at its new place', () => {
    const anchor = placed('telegram', before, 'I received a telegram');
    const after = before.replace('The general agreed.', 'Reluctantly, the general agreed.');
    const [result] = reanchor(before, after, [anchor]);
    expect(result).toEqual({
      id: 'telegram',
      status: 'kept',
      start: after.indexOf('I received a telegram'),
      end: after.indexOf('I received a telegram') + 'I received a telegram'.length,
    });
  });

  it('queues an anchor an OCR correction changed inside, with what it reads now', () => {
    const ocr = before.replace('echelons left', 'échelons left');
    const anchor = placed('leave', ocr, 'the first échelons left Ostrov');
    const [result] = reanchor(ocr, before, [anchor]);
    expect(result).toMatchObject({
      id: 'leave',
      status: 'review',
      reason: 'changed',
      old: { text: 'the first échelons left Ostrov' },
      found: { text: 'the first echelons left Ostrov', errors: 1 },
    });
    if (result?.status === 'review') {
      expect(describeReview(result)).toMatch(/now reads "the first echelons left Ostrov" .*1 edit/);
    }
  });

  it('queues an anchor whose words now also occur elsewhere', () => {
    const anchor = placed('agreed', before, 'The general agreed.');
    const after = `${before} The general agreed.`;
    const [result] = reanchor(before, after, [anchor]);
    expect(result).toMatchObject({ status: 'review', reason: 'ambiguous' });
  });

  it('queues, as moved, a passage that is gone from its place but has a twin elsewhere', () => {
    const text = 'Alpha went north. Beta rested. Then alpha went north again.';
    const anchor = placed('first', text, 'Alpha went north.');
    // A furniture rule drops the first sentence; a look-alike stays further on.
    const after = text.replace('Alpha went north. ', '');
    const [result] = reanchor(text, after, [anchor]);
    expect(result).toMatchObject({ status: 'review', reason: 'changed' });
    if (result?.status === 'review') {
      expect(result.found?.text).toBe('alpha went north');
    }
    const twin = 'Beta rested. Alpha went north.';
    const [moved] = reanchor(text, twin, [anchor]);
    expect(moved).toMatchObject({ status: 'review', reason: 'moved', found: { errors: 0 } });
  });

  it('queues as lost a passage with nothing like it left', () => {
    const anchor = placed('telegram', before, 'On November 9 I received a telegram.');
    const after = before.replace('On November 9 I received a telegram. ', '');
    const [result] = reanchor(before, after, [anchor]);
    expect(result).toMatchObject({ status: 'review', reason: 'lost', found: null });
  });

  it('keeps every anchor of the real page when a correction changes text outside them', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const raw = readFileSync(join(root, 'sources/stormy-passage/pages/376.txt'), 'utf8');
    const rules = JSON.parse(
      readFileSync(join(root, 'sources/stormy-passage/reading-rules.json'), 'utf8'),
    ) as ReadingTextRules;
    const events = JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')) as {
      events: { id: string; anchor: Omit<PlacedAnchor, 'id'> }[];
    };
    const anchors = events.events.map((e) => ({ id: e.id, ...e.anchor }));
    const old = buildReadingText(raw, rules, { page: 376 }).text;
    // A new correction inside one passage: that one is queued, every other kept.
    const added = {
      ...rules,
      corrections: [
        ...rules.corrections,
        { ocr: 'Krasnov to brief', reading: 'Krasnov, to brief' },
      ],
    };
    const results = reanchor(old, buildReadingText(raw, added, { page: 376 }).text, anchors);
    const touched = anchors.filter((a) => a.quote.exact.includes('Krasnov to brief'));
    expect(touched.map((a) => a.id)).toEqual(['call-to-krasnov']);
    for (const result of results) {
      expect(result.status, result.id).toBe(result.id === 'call-to-krasnov' ? 'review' : 'kept');
    }
  });
});

describe('textChanges', () => {
  it('lists each changed stretch with its old and new extent', () => {
    expect(textChanges('abc def ghi', 'abc DEF ghi!')).toEqual([
      { oldStart: 4, oldEnd: 7, newStart: 4, newEnd: 7 },
      { oldStart: 11, oldEnd: 11, newStart: 11, newEnd: 12 },
    ]);
    expect(textChanges('same', 'same')).toEqual([]);
  });
});

describe('matchQuote', () => {
  it('prefers the occurrence whose prefix and suffix agree', () => {
    const text = 'the general agreed; later the general agreed again';
    const second = text.lastIndexOf('the general agreed');
    const match = matchQuote(text, {
      exact: 'the general agreed',
      prefix: 'later ',
      suffix: ' again',
    });
    expect(match?.start).toBe(second);
  });

  it('finds nothing when more than a quarter of the quote would have to change', () => {
    expect(
      matchQuote('completely different words', { exact: 'Gatchina', prefix: '', suffix: '' }),
    ).toBe(null);
  });
});

// Properties. The text is lower-case words; the passage starts with "Q" and ends with
// "Z", letters no edit writes, so an edit beside it can never be read as one inside it.
const word = fc.stringMatching(/^[a-p]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const page = fc.tuple(words, words, words).map(([head, middle, tail]) => {
  const passage = `Q${middle}Z`;
  return { text: `${head} ${passage} ${tail}`, passage };
});
const insertion = fc.stringMatching(/^[a-p ,.]{0,12}$/);

describe('reanchor, properties', () => {
  it('keeps an anchor exact, at its shifted place, through any edit outside it', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), insertion, ({ text, passage }, a, b, inserted) => {
        const anchor = placed('p', text, passage);
        const { start, end } = anchor.position;
        // An edit wholly before or wholly after the passage.
        const before = a % 2 === 0;
        const [low, high] = before ? [0, start] : [end, text.length];
        const from = low + (a % (high - low + 1));
        const to = from + (b % (high - from + 1));
        const edited = text.slice(0, from) + inserted + text.slice(to);
        const [result] = reanchor(text, edited, [anchor]);
        const shift = before ? inserted.length - (to - from) : 0;
        expect(result).toEqual({ id: 'p', status: 'kept', start: start + shift, end: end + shift });
      }),
      { numRuns: 300 },
    );
  });

  it('queues an anchor for review after any edit inside it, never keeping it', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), insertion, ({ text, passage }, a, b, inserted) => {
        const anchor = placed('p', text, passage);
        const { start, end } = anchor.position;
        // An edit that changes at least one character strictly inside the passage.
        const from = start + 1 + (a % (end - start - 1));
        const to = from + (b % (end - 1 - from + 1));
        const edited = text.slice(0, from) + inserted + text.slice(to);
        fc.pre(edited !== text);
        const [result] = reanchor(text, edited, [anchor]);
        expect(result?.status).toBe('review');
        if (result?.status === 'review' && result.found) {
          expect(result.found.errors).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
