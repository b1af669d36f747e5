import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeProse } from '../prose/writeProse';
import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../events/types';
import { floatingDayKey, formatFloating } from '../time/floating';
import { CSV_COLUMNS, dateColumns, eventsToCsv } from './eventsCsv';

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
      end_inclusive: '1917-11-07',
      edtf: '1917-11-07',
      date_gregorian: '22:40, 7 November 1917 (25 October O.S.)',
      date_julian: '22:40, 25 October 1917 O.S. (7 November N.S.)',
      basis: event('congress-opens').date.basis,
      places: 'Smolny Institute; Petrograd',
      pages: '376',
    });
    expect(cell.quote).toBe(event('congress-opens').anchor.quote.exact);
  });

  it('writes the summary with its dates in both calendars, New Style first', () => {
    const [, row] = csvParseRows(eventsToCsv(file, [event('winter-palace-invaded')]));
    // "… the arrest of the ministers inside, at 2:10 a.m. on {{1917-11-08}}, …"
    expect(row![CSV_COLUMNS.indexOf('summary')]).toContain(
      'at 2:10 a.m. on 8 November 1917 (26 October O.S.),',
    );
  });

  const cellsOf = (id: string) => {
    const [, row] = csvParseRows(eventsToCsv(file, [event(id)]));
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row![i]]));
  };

  it('ends a one-day event on its day, not on the next, beside the exclusive ISO end', () => {
    // An instant at some time on 8 November: its window's last minute is 23:59, and the
    // exclusive end the minute after, as a day-long span's would be.
    expect(event('echelons-leave-ostrov').date.window.end.latest).toBe('1917-11-08T23:59');
    expect(cellsOf('echelons-leave-ostrov')).toMatchObject({
      start: '1917-11-08T00:00',
      end: '1917-11-09T00:00',
      end_inclusive: '1917-11-08',
    });
    // A night from 21:00 to 06:00 ends on the morning's day.
    expect(cellsOf('winter-palace-invaded').end_inclusive).toBe('1917-11-08');
  });

  it('keeps the summary, the basis, the rationale and every citation with its address', () => {
    const both = event('both-sides-call-on-army');
    const cells = cellsOf(both.id);
    expect(cells.summary).toBe(writeProse(both.summary, 'gregorian'));
    expect(cells.basis).toBe(both.date.basis);
    expect(cells.rationale).toBe(writeProse(both.date.rationale, 'gregorian'));
    const lines = cells.citations!.split('\n');
    expect(lines).toHaveLength(both.date.citations.length);
    both.date.citations.forEach((citation, i) => {
      expect(lines[i]).toContain(citation.title);
      if (citation.url) expect(lines[i]).toContain(`<${citation.url}>`);
      if (citation.note) expect(lines[i]).toContain(writeProse(citation.note, 'gregorian'));
    });
  });

  it('gives the pages of a passage that runs over the page break', () => {
    expect(cellsOf('gatchina-occupied').pages).toBe('376-377');
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

describe('dateColumns', () => {
  it("ends an instant the minute after its last possible minute, on that minute's day", () => {
    const window = (from: string, to: string) => ({
      start: { earliest: from, latest: to },
      end: { earliest: from, latest: to },
    });
    expect(
      dateColumns({ shape: 'instant', window: window('1917-11-08T20:00', '1917-11-09T00:00') }),
    ).toEqual({
      start: '1917-11-08T20:00',
      end: '1917-11-09T00:01',
      end_inclusive: '1917-11-09',
    });
    expect(
      dateColumns({ shape: 'instant', window: window('1917-11-07T22:40', '1917-11-07T22:40') }),
    ).toEqual({
      start: '1917-11-07T22:40',
      end: '1917-11-07T22:40',
      end_inclusive: '1917-11-07',
    });
  });

  it('puts the inclusive end on the last day the span touches: the end’s day, or the day before when the end is a midnight', () => {
    const minute = 60_000;
    const start1917 = Date.UTC(1917, 10, 1);
    fc.assert(
      fc.property(fc.nat(60 * 24 * 30), fc.nat(60 * 24 * 5), (startMinutes, lengthMinutes) => {
        const start = start1917 + startMinutes * minute;
        const end = start + lengthMinutes * minute;
        const [from, to] = [formatFloating(start), formatFloating(end)];
        const { end_inclusive } = dateColumns({
          shape: 'span',
          window: { start: { earliest: from, latest: from }, end: { earliest: to, latest: to } },
        });
        const [startDay, endDay] = [floatingDayKey(start), floatingDayKey(end)];
        const endsAtMidnight = formatFloating(end).endsWith('T00:00');
        expect(end_inclusive >= startDay).toBe(true);
        if (end === start || !endsAtMidnight) expect(end_inclusive).toBe(endDay);
        else expect(end_inclusive < endDay).toBe(true);
      }),
    );
  });
});
