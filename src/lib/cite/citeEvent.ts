/**
 * What the Cite panel cites: the book at the pages of an event's passage, with the
 * passage quoted by Chicago's rules and a stable link to the event in the app, or,
 * with no event chosen, the book at the source page and a link to the app.
 */
import type { SourcePage, TimelineEvent } from '../events/types';
import { DEFAULT_URL_VIEW, serializeView } from '../url/viewParams';
import { bookItem, type CslBook } from './bookItem';
import type { PageSpan } from './passagePages';
import { quotePassage } from './quotePassage';

export interface CitationSubject {
  /** The book, its `page` the pages cited. */
  book: CslBook;
  pages: PageSpan;
  /** The passage as quoted after the note; absent when the page itself is cited. */
  quotation?: string;
  /** The address that opens the event (or the app) again. */
  link: string;
  /** What the link leads to, as the panel labels it. */
  linkLabel: string;
  /** The name the reference files are saved under, without extension: "stormy-passage-p376-377". */
  filename: string;
}

/** The stable link to an event: the app's address with only `?event=<id>`. */
export function eventLink(appUrl: string, eventId: string): string {
  return `${withoutQuery(appUrl)}${serializeView({ ...DEFAULT_URL_VIEW, selected: eventId })}`;
}

/**
 * The event's passage cited, at `pages` (those it lies on, `passagePageSpan`), quoted
 * from its anchor's words (the page's text need not be loaded). `appUrl` is where the
 * app lives; its query and hash are dropped.
 */
export function citeEvent(
  event: TimelineEvent,
  source: SourcePage,
  pages: PageSpan,
  appUrl: string,
): CitationSubject {
  const { prefix, exact } = event.anchor.quote;
  return {
    book: bookItem(source.work, pages),
    pages,
    // The words before the passage tell whether it opens mid-sentence.
    quotation: quotePassage(`${prefix}${exact}`, {
      start: prefix.length,
      end: prefix.length + exact.length,
    }),
    link: eventLink(appUrl, event.id),
    linkLabel: 'This event in the timeline',
    filename: filenameOf(source, pages),
  };
}

/** The source page cited, for when no event is chosen. */
export function citeSourcePage(source: SourcePage, appUrl: string): CitationSubject {
  const pages = { first: source.page, last: source.page };
  return {
    book: bookItem(source.work, pages),
    pages,
    link: withoutQuery(appUrl),
    linkLabel: 'The timeline',
    filename: filenameOf(source, pages),
  };
}

function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** The source's id with the pages cited: the page's own id when the passage stays on it. */
function filenameOf(source: SourcePage, { first, last }: PageSpan): string {
  const base = source.id.replace(new RegExp(`-p${source.page}$`), '');
  return first === last ? `${base}-p${first}` : `${base}-p${first}-${last}`;
}
