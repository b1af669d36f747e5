/**
 * The pages a passage lies on. A page's reading text that stops without a
 * sentence-final mark is continued on the next page, so a passage running to that
 * stop runs over the page break ("376–77"); one that opens a page whose text starts
 * with a lower-case letter began on the page before. Nothing else is guessed: a page
 * that starts with a capital is taken to start a sentence.
 *
 * A function of the anchor and the page's text alone, so that when a work's pages
 * become one continuous text the same rule can be asked of the page breaks in it.
 */
import { endsSentence, startsLowerCase } from './sentences';

export interface PageSpan {
  first: number;
  last: number;
}

/** `[start, end)` in the page's reading text, as `anchor.position` gives it. */
export interface TextSpan {
  start: number;
  end: number;
}

export function passagePages(readingText: string, position: TextSpan, page: number): PageSpan {
  const before = readingText.slice(0, position.start);
  const after = readingText.slice(position.end);
  const opensPage = before.trim() === '';
  const closesPage = after.trim() === '';
  return {
    first: opensPage && startsLowerCase(readingText) ? page - 1 : page,
    last: closesPage && !endsSentence(readingText) ? page + 1 : page,
  };
}

/** The pages as a CSL locator or `page` value: "376", or "376-377" for the styles to shorten. */
export function pageLocator({ first, last }: PageSpan): string {
  return first === last ? String(first) : `${first}-${last}`;
}
