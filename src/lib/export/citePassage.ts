/**
 * "Cite this passage": the page in Chicago note style (through `formatCitation`,
 * so the page panel and this agree), the event's passage quoted, and a stable
 * link that opens the event in the app.
 */
import { formatCitation } from '../events/citation';
import type { SourcePage, TimelineEvent } from '../events/types';
import { DEFAULT_URL_VIEW, serializeView } from '../url/viewParams';

export interface PassageCitation {
  /** The note up to the title: "W. S. Woytinsky, ". */
  beforeTitle: string;
  /** The book's title with subtitle, set in italics in print. */
  title: string;
  /** The rest of the note with the quoted excerpt: " (New York: Vanguard Press, 1961), 376. “…”". */
  afterTitle: string;
  /** The address that opens this event in the app (or the app, for the page). */
  link: string;
  /** What the link is, as the text writes it before the link: "Event in the timeline:". */
  linkLabel: string;
  /** The whole citation as plain text, for the clipboard. */
  text: string;
  /** The same with the title in Markdown italics (`*Stormy Passage: …*`). */
  markdown: string;
}

/** Longest excerpt quoted in full; longer passages are cut at a word and end in "…". */
export const MAX_EXCERPT = 300;

/** The passage on one line, cut at a word boundary with an ellipsis when longer than `max`. */
export function excerptOf(passage: string, max = MAX_EXCERPT): string {
  const line = passage.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The stable link to an event: the app's address with only `?event=<id>`. */
export function eventLink(appUrl: string, eventId: string): string {
  const base = appUrl.replace(/[?#].*$/, '');
  return `${base}${serializeView({ ...DEFAULT_URL_VIEW, selected: eventId })}`;
}

/**
 * The citation of an event's passage. `appUrl` is where the app lives
 * (`location.origin + location.pathname`); any query or hash on it is dropped.
 */
export function citePassage(
  event: TimelineEvent,
  source: SourcePage,
  appUrl: string,
): PassageCitation {
  const note = formatCitation(source, excerptOf(event.anchor.quote.exact));
  const link = eventLink(appUrl, event.id);
  return withTitleSplit(note, source, link, ' Event in the timeline: ');
}

/**
 * The citation of the whole page, for when no event is chosen: the same note
 * without a quotation, and a link to the app itself.
 */
export function citePage(source: SourcePage, appUrl: string): PassageCitation {
  const link = appUrl.replace(/[?#].*$/, '');
  return withTitleSplit(formatCitation(source), source, link, ' Timeline: ');
}

/** Splits the note around the book's title (set in italics) and adds the link line. */
function withTitleSplit(
  note: string,
  source: SourcePage,
  link: string,
  linkLabel: string,
): PassageCitation {
  const { title, subtitle } = source.work;
  const fullTitle = subtitle ? `${title}: ${subtitle}` : title;
  const at = note.indexOf(fullTitle);
  const beforeTitle = at >= 0 ? note.slice(0, at) : '';
  const afterTitle = at >= 0 ? note.slice(at + fullTitle.length) : note;
  const linkLine = `${linkLabel}${link}`;
  return {
    beforeTitle,
    title: at >= 0 ? fullTitle : '',
    afterTitle,
    link,
    linkLabel: linkLabel.trim(),
    text: `${note}${linkLine}`,
    markdown:
      at >= 0 ? `${beforeTitle}*${fullTitle}*${afterTitle}${linkLine}` : `${note}${linkLine}`,
  };
}
