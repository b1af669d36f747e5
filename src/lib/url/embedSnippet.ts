/**
 * The <iframe> snippet the "Embed" button gives: the site's embed page (`embed/`, no
 * page header) showing the view on screen, by the same query string as the link.
 */
import { escapeHtml } from '../../prerender/escapeHtml';
import { appUrlOf } from './address';

/** The embed page's address for the view `search` shows, from the page the reader is on. */
export function embedUrl(location: Pick<Location, 'origin' | 'pathname'>, search: string): string {
  const query = search === '?' ? '' : search;
  return `${appUrlOf(location)}embed/${query}`;
}

/** The address of the full explorer for the same view, relative to the embed page. */
export function fullTimelineHref(search: string): string {
  return `../${search === '?' ? '' : search}`;
}

/** Height of the frame the snippet asks for: the timeline and the day's events. */
export const EMBED_HEIGHT = 720;

/** The HTML to paste into a page: a titled, lazily loaded iframe as wide as its column. */
export function iframeSnippet(url: string, title: string): string {
  return (
    `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" ` +
    `height="${EMBED_HEIGHT}" style="border: 0" loading="lazy"></iframe>`
  );
}
