import { describe, expect, it } from 'vitest';
import {
  booksOf,
  continuationOn,
  describePages,
  pageNumbered,
  passagePageSpan,
  passagesOnPage,
  turnPage,
} from './bookPages';
import type { SourceAnchor, SourcePage, TimelineEvent, WorkMetadata } from './types';

const memoir: WorkMetadata = {
  author: 'A. Synthetic',
  title: 'A Memoir',
  publisherPlace: 'Nowhere',
  publisher: 'Bench',
  year: 1961,
};
const other: WorkMetadata = { ...memoir, title: 'Another Book' };
const page = (work: WorkMetadata, n: number, text?: string): SourcePage => ({
  id: `${work === memoir ? 'memoir' : 'other'}-p${n}`,
  work,
  page: n,
  provenance: 'test',
  ...(text === undefined
    ? { textFile: `page-texts/p${n}.0123456789abcdef.json` }
    : { rawText: text, readingText: text }),
});
// Out of order, and two works, as a file may list them.
const pages = [page(memoir, 3), page(other, 10), page(memoir, 1), page(memoir, 2)];
const byId = new Map(pages.map((p) => [p.id, p]));
const overBreak: SourceAnchor = {
  source: 'memoir-p2',
  quote: { exact: 'in haste.\n\nRumours came', prefix: '', suffix: '' },
  position: { start: 100, end: 109 },
  raw: { start: 110, end: 119 },
  continued: [
    { source: 'memoir-p3', position: { start: 0, end: 12 }, raw: { start: 20, end: 32 } },
  ],
};
const event = (id: string, anchor: SourceAnchor) => ({ id, anchor }) as TimelineEvent;

describe('booksOf', () => {
  it('groups the pages by work, each book in page order', () => {
    const books = booksOf(pages);
    expect(books.map((b) => b.work.title)).toEqual(['A Memoir', 'Another Book']);
    expect(books[0]!.pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });
});

describe('turnPage and pageNumbered', () => {
  const [book] = booksOf(pages);
  it('turns to the next and previous page of the same book, and stops at its ends', () => {
    expect(turnPage(book!, 'memoir-p2', 1)?.id).toBe('memoir-p3');
    expect(turnPage(book!, 'memoir-p2', -1)?.id).toBe('memoir-p1');
    expect(turnPage(book!, 'memoir-p3', 1)).toBeNull();
    expect(turnPage(book!, 'memoir-p1', -1)).toBeNull();
  });
  it('finds a page by its number in the book only', () => {
    expect(pageNumbered(book!, 2)?.id).toBe('memoir-p2');
    expect(pageNumbered(book!, 10)).toBeNull();
  });
});

describe('passagePageSpan', () => {
  it('gives a passage over a page break the range from its first page to its last', () => {
    expect(passagePageSpan(overBreak, byId)).toEqual({ first: 2, last: 3 });
    expect(describePages(passagePageSpan(overBreak, byId)!)).toBe('pp. 2–3');
  });
  it('keeps a passage within one page at that page, even without its text', () => {
    const within = { ...overBreak, continued: undefined };
    expect(describePages(passagePageSpan(within, byId)!)).toBe('p. 2');
  });
  it('reads a lone page’s edges when the next page is not in the file', () => {
    const lone = page(memoir, 376, 'The head echelons had occupied the');
    const anchor = { ...overBreak, source: lone.id.replace('p376', 'p376'), continued: undefined };
    const only = new Map([[anchor.source, { ...lone, id: anchor.source }]]);
    const span = passagePageSpan(
      { ...anchor, position: { start: 4, end: 34 } },
      only as Map<string, SourcePage>,
    );
    expect(span).toEqual({ first: 376, last: 377 });
  });
  describe('with two works in one file', () => {
    const diary: WorkMetadata = { ...memoir, author: 'B. Synthetic', title: 'A Diary' };
    // A Memoir's p. 376 ends mid-sentence: the passage running to its end goes on to p. 377.
    const memoir376 = page(memoir, 376, 'The head echelons had occupied the');
    const runsOff: SourceAnchor = {
      ...overBreak,
      source: memoir376.id,
      position: { start: 4, end: 34 },
      continued: undefined,
    };
    const diary377 = { ...page(memoir, 377, 'Another day.'), id: 'diary-p377', work: diary };
    const mapOf = (...of: SourcePage[]) => new Map(of.map((p) => [p.id, p]));
    it('reads the page’s edge when only another work has the next page', () => {
      expect(passagePageSpan(runsOff, mapOf(memoir376))).toEqual({ first: 376, last: 377 });
      expect(passagePageSpan(runsOff, mapOf(memoir376, diary377))).toEqual({
        first: 376,
        last: 377,
      });
    });
    it('takes the next page of the same work as where a passage would have gone on', () => {
      const memoir377 = page(memoir, 377, 'ground before us.');
      expect(passagePageSpan(runsOff, mapOf(memoir376, memoir377, diary377))).toEqual({
        first: 376,
        last: 376,
      });
    });
    it('reads the page before in its own work only', () => {
      // Diary p. 12 opens mid-sentence: the passage opening it began on p. 11.
      const diary12 = { ...page(memoir, 12, 'and so we left.'), id: 'diary-p12', work: diary };
      const opens = { ...runsOff, source: diary12.id, position: { start: 0, end: 8 } };
      const memoir11 = page(memoir, 11, 'Earlier.');
      expect(passagePageSpan(opens, mapOf(diary12, memoir11))).toEqual({ first: 11, last: 12 });
    });
    it('gives a page whose text is apart its anchor’s pages alone (its text is not in hand)', () => {
      const apart = page(memoir, 376);
      expect(passagePageSpan(runsOff, mapOf(apart))).toEqual({ first: 376, last: 376 });
    });
  });
});

describe('passagesOnPage and continuationOn', () => {
  const events = [event('rumours', overBreak)];
  it('gives the passage’s own part on each of its pages', () => {
    expect(passagesOnPage(events, 'memoir-p2', 'reading')).toEqual([
      { id: 'rumours', start: 100, end: 109 },
    ]);
    expect(passagesOnPage(events, 'memoir-p3', 'reading')).toEqual([
      { id: 'rumours', start: 0, end: 12 },
    ]);
    expect(passagesOnPage(events, 'memoir-p3', 'raw')).toEqual([
      { id: 'rumours', start: 20, end: 32 },
    ]);
    expect(passagesOnPage(events, 'memoir-p1', 'reading')).toEqual([]);
  });
  it('says where the passage goes on to and comes from, seen from each page', () => {
    expect(continuationOn(overBreak, 'memoir-p2', byId)).toEqual({ from: null, on: 3 });
    expect(continuationOn(overBreak, 'memoir-p3', byId)).toEqual({ from: 2, on: null });
    expect(continuationOn(overBreak, 'memoir-p1', byId)).toEqual({ from: null, on: null });
  });
});
