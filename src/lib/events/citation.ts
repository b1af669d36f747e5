import type { SourcePage } from './types';

/** "W. S. Woytinsky, Stormy Passage (1961), p. 376": how the page panel names its source. */
export function describeSource(source: SourcePage): string {
  return `${source.work.author}, ${source.work.title} (${source.work.year}), p. ${source.page}`;
}

/**
 * A full citation of the page in Chicago note style, ready to paste:
 * `W. S. Woytinsky, Stormy Passage: A Personal History … (New York: Vanguard Press, 1961), 376.`
 * With a passage, the quoted words follow so the reader can find them on the page.
 */
export function formatCitation(source: SourcePage, passage?: string): string {
  const { author, title, subtitle, publisherPlace, publisher, year } = source.work;
  const fullTitle = subtitle ? `${title}: ${subtitle}` : title;
  const base = `${author}, ${fullTitle} (${publisherPlace}: ${publisher}, ${year}), ${source.page}.`;
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
