/**
 * The meta tags a reference manager reads to save the book from the page: the Highwire
 * Press `citation_*` tags (Google Scholar's, read by the Zotero connector's Embedded
 * Metadata translator) and `og:type` "book", without which that translator takes a
 * page with `citation_title` and no journal for a journal article. One function for
 * the app's page and for any page of its own an event may get, which passes its pages.
 */
import type { WorkMetadata } from '../events/types';
import type { PageSpan } from './passagePages';

export type MetaTag = { name: string; content: string } | { property: string; content: string };

export function citationMetaTags(work: WorkMetadata, pages?: PageSpan): MetaTag[] {
  return [
    {
      name: 'citation_title',
      content: work.subtitle ? `${work.title}: ${work.subtitle}` : work.title,
    },
    { name: 'citation_author', content: work.author },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_publication_date', content: String(work.year) },
    ...(pages
      ? [
          { name: 'citation_firstpage', content: String(pages.first) },
          { name: 'citation_lastpage', content: String(pages.last) },
        ]
      : []),
    { property: 'og:type', content: 'book' },
  ];
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The tags as HTML, one a line, for a page written without Vite's help. */
export function metaTagsHtml(tags: readonly MetaTag[]): string {
  return tags
    .map((tag) => {
      const [key, value] = 'name' in tag ? ['name', tag.name] : ['property', tag.property];
      return `<meta ${key}="${escapeAttribute(value)}" content="${escapeAttribute(tag.content)}" />`;
    })
    .join('\n');
}
