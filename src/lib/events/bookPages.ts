/**
 * A work's pages as one book: its pages in order, turning them, the pages a passage
 * lies on (`anchor.continued` for one that runs over a page break), and each page's
 * part of the passages. Pure, and none of it needs a page's text: a book's texts come
 * only when a page is opened (see `pageText.ts`).
 */
import { passagePages, type PageSpan } from '../cite/passagePages';
import type { PassageSpan } from './passages';
import type { PageText, SourceAnchor, SourcePage, TimelineEvent, WorkMetadata } from './types';

/** A work and its pages in events.json, in page order. */
export interface Book {
  /** Tells the works apart: author, title and year. */
  key: string;
  work: WorkMetadata;
  pages: readonly SourcePage[];
}

/** The page's texts when events.json carries them, else null (they are in a file of their own). */
export function inlineText(page: SourcePage): PageText | null {
  return 'readingText' in page ? { rawText: page.rawText, readingText: page.readingText } : null;
}

function workKey(work: WorkMetadata): string {
  return `${work.author}\u0000${work.title}\u0000${work.year}`;
}

/** The works the pages are of, in the order they first come, each with its pages in page order. */
export function booksOf(sources: readonly SourcePage[]): Book[] {
  const books = new Map<string, { work: WorkMetadata; pages: SourcePage[] }>();
  for (const page of sources) {
    const key = workKey(page.work);
    const book = books.get(key) ?? { work: page.work, pages: [] };
    book.pages.push(page);
    books.set(key, book);
  }
  return [...books].map(([key, { work, pages }]) => ({
    key,
    work,
    pages: pages.sort((a, b) => a.page - b.page),
  }));
}

/** The book a page is of. */
export function bookOfPage(books: readonly Book[], pageId: string): Book | null {
  return books.find((book) => book.pages.some((page) => page.id === pageId)) ?? null;
}

/** The page `step` pages on in its book (−1 the one before), or null at either end. */
export function turnPage(book: Book, pageId: string, step: number): SourcePage | null {
  const at = book.pages.findIndex((page) => page.id === pageId);
  if (at < 0) return null;
  return book.pages[at + step] ?? null;
}

/** The book's page with this number, if events.json has it. */
export function pageNumbered(book: Book, page: number): SourcePage | null {
  return book.pages.find((p) => p.page === page) ?? null;
}

/** The book's first and last page in events.json. */
export function bookSpan(book: Book): PageSpan {
  return { first: book.pages[0]?.page ?? 0, last: book.pages.at(-1)?.page ?? 0 };
}

/** A passage's part on each page it lies on, the page it starts on first. */
export function passageParts(anchor: SourceAnchor): NonNullable<SourceAnchor['continued']> {
  return [
    { source: anchor.source, position: anchor.position, raw: anchor.raw },
    ...(anchor.continued ?? []),
  ];
}

/** A page by its book and number: the same number in another work is another page. */
function pageKey(work: WorkMetadata, page: number): string {
  return `${workKey(work)}\u0000${page}`;
}

/** Each map's pages by book and number, worked out once per map (the maps are made anew when events.json changes). */
const pageKeysOf = new WeakMap<ReadonlyMap<string, SourcePage>, ReadonlySet<string>>();

function pageKeys(pagesById: ReadonlyMap<string, SourcePage>): ReadonlySet<string> {
  let keys = pageKeysOf.get(pagesById);
  if (!keys) {
    keys = new Set([...pagesById.values()].map((p) => pageKey(p.work, p.page)));
    pageKeysOf.set(pagesById, keys);
  }
  return keys;
}

/**
 * The pages a passage lies on: from the page it starts on to the last page it runs
 * onto. Where the page before or after in the same book is not in events.json (a
 * single page), its own text's edges tell whether the passage runs on past it
 * (`passagePages`).
 *
 * That reading of the edges needs the page's text, so it is done only for a page whose
 * text is inline; a page whose text is apart (`inlineText` null) is given its anchor's
 * pages alone. So at the edges of the pages in events.json the two can differ: a passage
 * running off the end of the last page is "pp. 376–377" inline and "p. 376" apart. It
 * cannot be made the same here: the text apart is not in hand (the prerender, the
 * exports and the citations ask before any page is fetched, and most never fetch one),
 * and reading it once fetched would make a citation change when its page is opened.
 * Making them agree would take the extractor, which has every text, writing the edges'
 * reading into events.json. Where the neighbouring page is in events.json the two
 * always agree: a passage over the break between them is in `anchor.continued`.
 */
export function passagePageSpan(
  anchor: SourceAnchor,
  pagesById: ReadonlyMap<string, SourcePage>,
): PageSpan | null {
  const parts = passageParts(anchor);
  const first = pagesById.get(parts[0]!.source);
  const last = pagesById.get(parts.at(-1)!.source);
  if (!first || !last) return null;
  const span = { first: first.page, last: last.page };
  const keys = pageKeys(pagesById);
  const has = (of: SourcePage, page: number) => keys.has(pageKey(of.work, page));
  const firstText = inlineText(first);
  if (firstText && !has(first, first.page - 1))
    span.first = passagePages(firstText.readingText, parts[0]!.position, first.page).first;
  const lastText = inlineText(last);
  if (lastText && !has(last, last.page + 1))
    span.last = passagePages(lastText.readingText, parts.at(-1)!.position, last.page).last;
  return span;
}

/** Each event's part of its passage on this page, in the page's reading text or its raw OCR. */
export function passagesOnPage(
  events: readonly TimelineEvent[],
  pageId: string,
  text: 'reading' | 'raw',
): PassageSpan[] {
  const spans: PassageSpan[] = [];
  for (const event of events) {
    for (const part of passageParts(event.anchor)) {
      if (part.source !== pageId) continue;
      spans.push({ id: event.id, ...(text === 'raw' ? part.raw : part.position) });
    }
  }
  return spans;
}

/** Where a passage comes from and goes on to, seen from one of its pages: page numbers, or null. */
export interface Continuation {
  /** The page it began on, when it began before this one. */
  from: number | null;
  /** The page it goes on to, when it runs past this one. */
  on: number | null;
}

export function continuationOn(
  anchor: SourceAnchor,
  pageId: string,
  pagesById: ReadonlyMap<string, SourcePage>,
): Continuation {
  const parts = passageParts(anchor);
  const at = parts.findIndex((part) => part.source === pageId);
  if (at < 0) return { from: null, on: null };
  const pageOf = (i: number) => pagesById.get(parts[i]?.source ?? '')?.page ?? null;
  return { from: at > 0 ? pageOf(at - 1) : null, on: pageOf(at + 1) };
}

/** "p. 376" or "pp. 376–377", as a reader cites the pages. */
export function describePages({ first, last }: PageSpan): string {
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}
