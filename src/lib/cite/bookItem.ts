/**
 * A work as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * what the CSL styles format and what RIS, BibTeX and CSL-JSON files carry to a
 * reference manager.
 */
import { parse as parseName } from '@citation-js/name';
import type { WorkMetadata } from '../events/types';
import { pageLocator, type PageSpan } from './passagePages';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export interface CslBook {
  id: string;
  type: 'book';
  author: CslName[];
  /** In sentence case where the work gives it; the styles title-case it as they need. */
  title: string;
  publisher: string;
  'publisher-place': string;
  issued: { 'date-parts': [[number]] };
  /** The pages cited, "376" or "376-377". */
  page?: string;
}

/** The work as a CSL book; with `pages`, the pages cited. */
export function bookItem(work: WorkMetadata, pages?: PageSpan): CslBook {
  const author: CslName = parseName(work.author.trim());
  return {
    id: `${(author.family ?? 'work').toLowerCase().replace(/\W+/g, '-')}-${work.year}`,
    type: 'book',
    author: [author],
    title:
      work.sentenceCaseTitle ?? (work.subtitle ? `${work.title}: ${work.subtitle}` : work.title),
    publisher: work.publisher,
    'publisher-place': work.publisherPlace,
    issued: { 'date-parts': [[work.year]] },
    ...(pages ? { page: pageLocator(pages) } : {}),
  };
}
