/** The events as a table for spreadsheets: one row per event, both calendars in words. */
import { pageLocator } from '../cite/passagePages';
import { passagePageSpan } from '../events/bookPages';
import type { Citation, EventDate, EventsFile, TimelineEvent } from '../events/types';
import { writeProse } from '../prose/writeProse';
import { describeEventDate } from '../time/describeDate';
import { floatingDayKey, formatFloating, parseFloating } from '../time/floating';
import { toCsv } from './csv';

export const CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'type',
  'lane',
  'start',
  'end',
  'end_inclusive',
  'edtf',
  'date_gregorian',
  'date_julian',
  'basis',
  'rationale',
  'citations',
  'people',
  'places',
  'quote',
  'pages',
] as const;

/** How names are joined inside one cell: a semicolon, which no name here contains. */
const LIST = '; ';

const ONE_MINUTE = 60_000;

/**
 * The date's machine-readable columns. `start` and `end` are the file's floating ISO
 * date-times (Gregorian, no time zone) that bound where the event may lie: its
 * window's earliest start and latest end, the end exclusive as ISO 8601 intervals and
 * the timeline read it. An instant's window names its last possible minute, so its end
 * is the minute after (an instant known to the minute is a point: its end is its
 * start). `end_inclusive` is the last day the event may touch, so a one-day event
 * (start 8 November 00:00, end 9 November 00:00) reads as ending on the 8th in a
 * spreadsheet, and an instant ends on its own day.
 */
export function dateColumns(date: Pick<EventDate, 'window' | 'shape'>): {
  start: string;
  end: string;
  end_inclusive: string;
} {
  const first = date.window.start.earliest;
  const start = parseFloating(first);
  const latest = parseFloating(date.window.end.latest);
  const end = date.shape === 'instant' && latest > start ? latest + ONE_MINUTE : latest;
  return {
    start: first,
    end: end === latest ? date.window.end.latest : formatFloating(end),
    end_inclusive: floatingDayKey(end > start ? end - ONE_MINUTE : start),
  };
}

/** A citation in one line: title, address in angle brackets, then what it says. */
function citationLine({ title, url, note }: Citation): string {
  return `${title}${url ? ` <${url}>` : ''}${note ? `: ${writeProse(note, 'gregorian')}` : ''}`;
}

/**
 * The header and one row per event, in the order given. `date_gregorian` leads with
 * New Style, `date_julian` with Old Style; `citations` holds one citation a line, and
 * `pages` the pages of the passage ("376-377" where it runs over the page break).
 */
export function eventRows(
  file: Pick<EventsFile, 'lanes' | 'people' | 'places' | 'sources'>,
  events: readonly TimelineEvent[],
): string[][] {
  const lane = new Map(file.lanes.map((l) => [l.id, l.label]));
  const person = new Map(file.people.map((p) => [p.id, p.name]));
  const place = new Map(file.places.map((p) => [p.id, p.name]));
  const pagesById = new Map(file.sources.map((s) => [s.id, s]));
  const rows = events.map((event) => {
    const dates = dateColumns(event.date);
    const pages = passagePageSpan(event.anchor, pagesById);
    return [
      event.id,
      event.title,
      writeProse(event.summary, 'gregorian'),
      event.type,
      lane.get(event.lane) ?? event.lane,
      dates.start,
      dates.end,
      dates.end_inclusive,
      event.date.edtf,
      describeEventDate(event.date, { primary: 'gregorian' }),
      describeEventDate(event.date, { primary: 'julian' }),
      event.date.basis,
      writeProse(event.date.rationale, 'gregorian'),
      event.date.citations.map(citationLine).join('\n'),
      event.people.map((id) => person.get(id) ?? id).join(LIST),
      event.places.map((id) => place.get(id) ?? id).join(LIST),
      event.anchor.quote.exact,
      pages ? pageLocator(pages) : '',
    ];
  });
  return [[...CSV_COLUMNS], ...rows];
}

/** The events as CSV text (no byte-order mark; the download adds one for Excel). */
export function eventsToCsv(
  file: Pick<EventsFile, 'lanes' | 'people' | 'places' | 'sources'>,
  events: readonly TimelineEvent[],
): string {
  return toCsv(eventRows(file, events));
}
