import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkMetadata } from '../events/types';
import { citationMetaTags, metaTagsHtml } from './citationMeta';

const work = JSON.parse(readFileSync('sources/stormy-passage/work.json', 'utf8')) as WorkMetadata;
const contentOf = (tags: ReturnType<typeof citationMetaTags>, name: string) =>
  tags.filter((t) => ('name' in t ? t.name : t.property) === name).map((t) => t.content);

describe('citationMetaTags', () => {
  it('names the book as its title page does, with author, publisher and year', () => {
    const tags = citationMetaTags(work);
    expect(contentOf(tags, 'citation_title')).toEqual([
      'Stormy Passage: A Personal History Through Two Russian Revolutions to Democracy and Freedom, 1905–1960',
    ]);
    expect(contentOf(tags, 'citation_author')).toEqual(['W. S. Woytinsky']);
    expect(contentOf(tags, 'citation_publisher')).toEqual(['Vanguard Press']);
    expect(contentOf(tags, 'citation_publication_date')).toEqual(['1961']);
    expect(contentOf(tags, 'og:type')).toEqual(['book']);
  });

  it('gives first and last page only when told the pages', () => {
    expect(contentOf(citationMetaTags(work), 'citation_firstpage')).toEqual([]);
    const tags = citationMetaTags(work, { first: 376, last: 377 });
    expect(contentOf(tags, 'citation_firstpage')).toEqual(['376']);
    expect(contentOf(tags, 'citation_lastpage')).toEqual(['377']);
  });
});

describe('metaTagsHtml', () => {
  it('writes one tag a line with its attributes escaped', () => {
    const html = metaTagsHtml(
      citationMetaTags({ ...work, title: 'A "B" <C> & D', subtitle: undefined }),
    );
    expect(html.split('\n')[0]).toBe(
      '<meta name="citation_title" content="A &quot;B&quot; &lt;C&gt; &amp; D" />',
    );
    expect(html).toContain('<meta property="og:type" content="book" />');
  });
});
