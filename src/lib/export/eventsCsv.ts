/** The events as a table for spreadsheets: one row per event, both calendars in words. */
import type { EventsFile, TimelineEvent } from '../events/types';
import { writeProse } from '../prose/writeProse';
import { describeEventDate } from '../time/describeDate';
import { toCsv } from './csv';

export const CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'type',
  'lane',
  'start',
  'end',
  'edtf',
  'date_gregorian',
  'date_julian',
  'basis',
  'people',
  'places',
  'quote',
  'page',
] as const;

/** How names are joined inside one cell: a semicolon, which no name here contains. */
const LIST = '; ';

/**
 * The header and one row per event, in the order given. `start` and `end` are the
 * floating ISO date-times of the file (Gregorian, no time zone) that bound where the
 * event may lie: its window's earliest start and latest end (a span's end exclusive);
 * `date_gregorian` leads with New Style, `date_julian` with Old Style. Dates in prose
 * (`summary`) lead with New Style and give the Old Style in brackets, so the cell
 * holds both calendars as the app writes them.
 */
export function eventRows(
  file: Pick<EventsFile, 'lanes' | 'people' | 'places' | 'sources'>,
  events: readonly TimelineEvent[],
): string[][] {
  const lane = new Map(file.lanes.map((l) => [l.id, l.label]));
  const person = new Map(file.people.map((p) => [p.id, p.name]));
  const place = new Map(file.places.map((p) => [p.id, p.name]));
  const page = new Map(file.sources.map((s) => [s.id, String(s.page)]));
  const rows = events.map((event) => [
    event.id,
    event.title,
    writeProse(event.summary, 'gregorian'),
    event.type,
    lane.get(event.lane) ?? event.lane,
    event.date.window.start.earliest,
    event.date.window.end.latest,
    event.date.edtf,
    describeEventDate(event.date, { primary: 'gregorian' }),
    describeEventDate(event.date, { primary: 'julian' }),
    event.date.basis,
    event.people.map((id) => person.get(id) ?? id).join(LIST),
    event.places.map((id) => place.get(id) ?? id).join(LIST),
    event.anchor.quote.exact,
    page.get(event.anchor.source) ?? '',
  ]);
  return [[...CSV_COLUMNS], ...rows];
}

/** The events as CSV text (no byte-order mark; the download adds one for Excel). */
export function eventsToCsv(
  file: Pick<EventsFile, 'lanes' | 'people' | 'places' | 'sources'>,
  events: readonly TimelineEvent[],
): string {
  return toCsv(eventRows(file, events));
}
