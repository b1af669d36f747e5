/**
 * The events as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html),
 * so they can be opened in that tool. TimelineJS reads `headline` and `text` as
 * HTML (it runs them through DOMPurify), so text from the data is escaped and
 * shows as written; no markup is built here.
 */
import type { Calendar } from '../calendar/julianDay';
import { datePrecision } from '../events/datePrecision';
import type { EventsFile, TimelineEvent } from '../events/types';
import { booksOf, bookSpan, describePages, passagePageSpan } from '../events/bookPages';
import { formatCitation } from '../events/citation';
import { describeEventDate } from '../time/describeDate';
import { floatingDayKey, parseFloating } from '../time/floating';
import { writeProse } from '../prose/writeProse';

/** A TimelineJS date object: numbers, month 1–12, and the words to show instead. */
export interface TimelineJsDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

/** A TimelineJS slide. */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group: string;
  display_date: string;
  unique_id: string;
  /** Off: nothing in the data should turn into a link. */
  autolink: false;
}

export interface TimelineJsFile {
  title: { text: TimelineJsText };
  events: TimelineJsSlide[];
  scale: 'human';
}

/** Escapes the characters HTML gives meaning to, so TimelineJS shows the text as written. */
export function escapeHtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A floating ISO date-time as TimelineJS date parts, with or without the clock time. */
function dateParts(iso: string, withTime: boolean): TimelineJsDate {
  const [date = '', time = ''] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (!withTime) return { year, month, day };
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

/** The last day a span touches, as an ISO day: the end is exclusive, so midnight belongs to the day before. */
function lastDayOf(start: string, end: string): string {
  const from = parseFloating(start);
  const to = parseFloating(end);
  return floatingDayKey(to > from ? to - 1 : from);
}

/**
 * Start and end as TimelineJS dates. Instants have no end; a day or days end on
 * their last day (TimelineJS ends are inclusive); parts of a day keep their hours.
 */
function slideDates(event: TimelineEvent): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  // Where the event may lie: TimelineJS has no windows, so it gets their hull.
  const start = event.date.window.start.earliest;
  const end = event.date.window.end.latest;
  const precision = datePrecision(event.date);
  const withTime = precision === 'minute' || precision === 'part-of-day';
  const start_date = dateParts(start, withTime);
  if (end === start) return { start_date };
  if (withTime) return { start_date, end_date: dateParts(end, true) };
  const lastDay = lastDayOf(start, end);
  if (lastDay === start.slice(0, 10)) return { start_date };
  return { start_date, end_date: dateParts(`${lastDay}T00:00`, false) };
}

export interface TimelineJsOptions {
  /** Which calendar the dates in words lead with (default Gregorian). */
  primary?: Calendar;
  /** The title slide's headline. */
  title?: string;
}

/** The events as a TimelineJS3 file: one slide each, grouped by lane, with the source passage. */
export function toTimelineJs(
  file: Pick<EventsFile, 'lanes' | 'sources'>,
  events: readonly TimelineEvent[],
  { primary = 'gregorian', title }: TimelineJsOptions = {},
): TimelineJsFile {
  const lane = new Map(file.lanes.map((l) => [l.id, l.label]));
  const source = new Map(file.sources.map((s) => [s.id, s]));
  const pagesById = new Map(file.sources.map((s) => [s.id, s]));
  const [book] = booksOf(file.sources);
  const span = book && bookSpan(book);
  return {
    title: {
      text: {
        headline: escapeHtmlText(
          title ?? (book && span ? `${book.work.title}, ${describePages(span)}` : 'Events'),
        ),
        text: book && span ? escapeHtmlText(formatCitation(book.work, span)) : '',
      },
    },
    events: events.map((event) => {
      const words = describeEventDate(event.date, { primary });
      const dates = slideDates(event);
      const page = source.get(event.anchor.source);
      const pages = passagePageSpan(event.anchor, pagesById);
      const passage = `“${event.anchor.quote.exact}”${page && pages ? ` (${page.work.author}, ${page.work.title}, ${describePages(pages)})` : ''}`;
      return {
        start_date: { ...dates.start_date, display_date: words },
        ...(dates.end_date ? { end_date: dates.end_date } : {}),
        text: {
          headline: escapeHtmlText(event.title),
          text: escapeHtmlText(`${writeProse(event.summary, primary)} ${passage}`),
        },
        group: lane.get(event.lane) ?? event.lane,
        display_date: words,
        unique_id: event.id,
        autolink: false,
      };
    }),
    scale: 'human',
  };
}

/** The TimelineJS file as JSON text. */
export function timelineJsJson(
  file: Pick<EventsFile, 'lanes' | 'sources'>,
  events: readonly TimelineEvent[],
  options?: TimelineJsOptions,
): string {
  return `${JSON.stringify(toTimelineJs(file, events, options), null, 2)}\n`;
}
