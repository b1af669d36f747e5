import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../events/types';
import { CSV_COLUMNS, eventsToCsv } from './eventsCsv';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const event = (id: string) => file.events.find((e) => e.id === id)!;

describe('eventsToCsv', () => {
  it('parses back to a header and one row per event with every column filled as named', () => {
    const rows = csvParseRows(eventsToCsv(file, file.events));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(file.events.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(file.events.map((e) => e.id));
  });

  it('writes calendar-neutral ISO start and end, EDTF and both calendars in words', () => {
    const [, row] = csvParseRows(eventsToCsv(file, [event('congress-opens')]));
    const cell = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row![i]]));
    expect(cell).toMatchObject({
      id: 'congress-opens',
      type: 'political',
      lane: 'Petrograd politics',
      start: '1917-11-07T22:40',
      end: '1917-11-07T22:40',
      edtf: '1917-11-07',
      date_gregorian: '22:40, 7 November 1917 (25 October O.S.)',
      date_julian: '22:40, 25 October 1917 O.S. (7 November N.S.)',
      basis: event('congress-opens').date.basis,
      places: 'Smolny Institute; Petrograd',
      page: '376',
    });
    expect(cell.quote).toBe(event('congress-opens').anchor.quote.exact);
  });

  it('writes the summary with its dates in both calendars, New Style first', () => {
    const [, row] = csvParseRows(eventsToCsv(file, [event('winter-palace-invaded')]));
    // "… arrested in the small hours of {{1917-11-08}}."
    expect(row![CSV_COLUMNS.indexOf('summary')]).toMatch(
      /arrested in the small hours of 8 November 1917 \(26 October O\.S\.\)\.$/,
    );
  });

  it('joins people by name', () => {
    const [, row] = csvParseRows(eventsToCsv(file, [event('advice-to-contact-kerensky')]));
    expect(row![CSV_COLUMNS.indexOf('people')]).toBe(
      'W. S. Woytinsky; Pyotr Krasnov; Alexander Kerensky',
    );
  });

  it('neutralizes a title that would start a spreadsheet formula', () => {
    const hostile: TimelineEvent = {
      ...event('congress-opens'),
      title: '=HYPERLINK("http://example.invalid","click")',
      summary: '@SUM(1)',
    };
    const [, row] = csvParseRows(eventsToCsv(file, [hostile]));
    expect(row![CSV_COLUMNS.indexOf('title')]).toBe(
      `'=HYPERLINK("http://example.invalid","click")`,
    );
  });

  it('writes only the header for no events', () => {
    expect(csvParseRows(eventsToCsv(file, []))).toEqual([[...CSV_COLUMNS]]);
  });
});
