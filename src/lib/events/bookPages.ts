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

/**
 * The pages a passage lies on: from the page it starts on to the last page it runs
 * onto. Where the page before or after is not in events.json (a single page), its own
 * text's edges tell whether the passage runs on past it (`passagePages`).
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
  const has = (page: number) => [...pagesById.values()].some((p) => p.page === page);
  const firstText = inlineText(first);
  if (firstText && !has(first.page - 1))
    span.first = passagePages(firstText.readingText, parts[0]!.position, first.page).first;
  const lastText = inlineText(last);
  if (lastText && !has(last.page + 1))
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
