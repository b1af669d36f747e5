/**
 * The <head> of each built page beyond what the app renders (its <title>): the
 * description, and on an event's page what a link preview (Open Graph, Twitter) and
 * a reference manager (the Highwire `citation_*` tags of `src/lib/cite/citationMeta.ts`,
 * with the pages of the event's passage) read. Plain data here; `pageDocument.ts`
 * writes it as tags, each in place of the template's tag of the same name.
 */
import { citationMetaTags, type MetaTag } from '../lib/cite/citationMeta';
import { passagePageSpan } from '../lib/events/bookPages';
import type { EventsFile, TimelineEvent } from '../lib/events/types';
import { describeWindowSentence } from '../lib/time/describeWindow';

export type { MetaTag };

const SITE_NAME = 'November 1917 — a source-linked timeline';
/** Link previews cut a description at about this many characters. */
const PREVIEW_CHARACTERS = 200;

/** The first words of `text` up to `limit` characters, cut at a word and marked with an ellipsis. */
export function firstWords(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The date's window in words, both calendars, as the details say it, then the passage's
 * first words: "At some time on 9 November 1917 (27 October O.S.) — “His head echelons…”".
 */
export function describeEventForPreview(event: TimelineEvent): string {
  const date = describeWindowSentence(event.date, 'gregorian');
  const room = PREVIEW_CHARACTERS - date.length - 5;
  return `${date} — “${firstWords(event.anchor.quote.exact, Math.max(room, 40))}”`;
}

/** The meta tags of an event's own page: its description, its preview, its citation. */
export function eventPageMeta(event: TimelineEvent, data: EventsFile): MetaTag[] {
  const description = describeEventForPreview(event);
  const title = `${event.title} — November 1917`;
  const source = data.sources.find((s) => s.id === event.anchor.source);
  const pagesById = new Map(data.sources.map((s) => [s.id, s]));
  const pages = passagePageSpan(event.anchor, pagesById) ?? undefined;
  return [
    { name: 'description', content: description },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    // The book's tags with the passage's pages; their `og:type` is "book" (see citationMeta.ts).
    ...(source ? citationMetaTags(source.work, pages) : []),
  ];
}
