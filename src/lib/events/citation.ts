import type { PageSpan } from '../cite/passagePages';
import { booksOf, bookSpan, describePages, type Book } from './bookPages';
import type { SourcePage, WorkMetadata } from './types';

/** "W. S. Woytinsky, Stormy Passage (1961), p. 376" (or "pp. 1–600"): a work at some of its pages. */
export function describeSource(work: WorkMetadata, pages: PageSpan): string {
  return `${work.author}, ${work.title} (${work.year}), ${describePages(pages)}`;
}

/** The first work of events.json at the pages the file has of it ("…, pp. 1–600"), or null. */
export function describeFirstWork(sources: readonly SourcePage[]): string | null {
  return describeFirstBook(booksOf(sources));
}

/** `describeFirstWork` of the pages already sorted into books (`booksOf`). */
export function describeFirstBook(books: readonly Book[]): string | null {
  const [book] = books;
  return book ? describeSource(book.work, bookSpan(book)) : null;
}

/**
 * A full citation of the page in Chicago note style, ready to paste:
 * `W. S. Woytinsky, Stormy Passage: A Personal History … (New York: Vanguard Press, 1961), 376.`
 * With a passage, the quoted words follow so the reader can find them on the page.
 */
export function formatCitation(work: WorkMetadata, pages: PageSpan, passage?: string): string {
  const { author, title, subtitle, publisherPlace, publisher, year } = work;
  const fullTitle = subtitle ? `${title}: ${subtitle}` : title;
  const where = pages.first === pages.last ? `${pages.first}` : `${pages.first}–${pages.last}`;
  const base = `${author}, ${fullTitle} (${publisherPlace}: ${publisher}, ${year}), ${where}.`;
  const quote = passage?.replace(/\s+/g, ' ').trim();
  return quote ? `${base} “${quote}”` : base;
}

/** Whether a citation URL may be shown as a link: only http(s), never javascript: or data:. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
