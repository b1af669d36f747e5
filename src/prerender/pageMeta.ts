/**
 * The <head> of each built page beyond what the app renders (its <title>): the
 * description, and on an event's page what a link preview (Open Graph, Twitter) and
 * a reference manager (Zotero's Highwire `citation_*` tags) read. Plain data here;
 * `pageDocument.ts` writes it as tags.
 */
import type { EventsFile, SourcePage, TimelineEvent } from '../lib/events/types';
import { describeEventDate } from '../lib/time/describeDate';

/** One <meta>: `name` for most, `property` for Open Graph. */
export interface MetaTag {
  key: 'name' | 'property';
  value: string;
  content: string;
}

const SITE_NAME = 'November 1917 — a source-linked timeline';
/** Link previews cut a description at about this many characters. */
const PREVIEW_CHARACTERS = 160;

/** The first words of `text` up to `limit` characters, cut at a word and marked with an ellipsis. */
export function firstWords(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "7 November 1917 (25 October O.S.) — “His head echelons had reached…”" */
export function describeEventForPreview(event: TimelineEvent): string {
  const date = describeEventDate(event.date, { primary: 'gregorian' });
  const room = PREVIEW_CHARACTERS - date.length - 5;
  return `${date} — “${firstWords(event.anchor.quote.exact, Math.max(room, 40))}”`;
}

/**
 * The Highwire tags Zotero and Google Scholar read, for the page of the book the
 * passage is on. Kept in this one function so that the explorer's own page can share
 * it with the citation work (issue 12 §6).
 */
export function citationTags(source: SourcePage): MetaTag[] {
  const { work } = source;
  const tag = (value: string, content: string): MetaTag => ({ key: 'name', value, content });
  return [
    tag('citation_title', work.subtitle ? `${work.title}: ${work.subtitle}` : work.title),
    tag('citation_author', work.author),
    tag('citation_publication_date', String(work.year)),
    tag('citation_publisher', `${work.publisherPlace}: ${work.publisher}`),
    tag('citation_firstpage', String(source.page)),
    tag('citation_lastpage', String(source.page)),
    tag('citation_language', 'en'),
  ];
}

/** The meta tags of an event's own page: its description, its preview, its citation. */
export function eventPageMeta(event: TimelineEvent, data: EventsFile): MetaTag[] {
  const description = describeEventForPreview(event);
  const title = `${event.title} — November 1917`;
  const source = data.sources.find((s) => s.id === event.anchor.source) ?? data.sources[0];
  return [
    { key: 'name', value: 'description', content: description },
    { key: 'property', value: 'og:type', content: 'article' },
    { key: 'property', value: 'og:site_name', content: SITE_NAME },
    { key: 'property', value: 'og:title', content: title },
    { key: 'property', value: 'og:description', content: description },
    { key: 'name', value: 'twitter:card', content: 'summary' },
    { key: 'name', value: 'twitter:title', content: title },
    { key: 'name', value: 'twitter:description', content: description },
    ...(source ? citationTags(source) : []),
  ];
}
