import { describe, expect, it } from 'vitest';
import type { EventDate } from '../events/types';
import { describeDay, describeEventDate, shortDayLabel } from './describeDate';
import { addFloatingDays, formatFloating, parseFloating } from './floating';

/**
 * An EventDate as the extractor writes it, from the stretch `[start, end)` it covers
 * (an instant when they are equal); written out here so lib tests need no extractor.
 */
function eventDate({
  start,
  end,
  precision: _precision,
  ...fields
}: { start: string; end: string; precision: string } & Pick<EventDate, 'edtf'> &
  Partial<EventDate>): EventDate {
  const own = {
    start: { earliest: start, latest: start },
    end: { earliest: end, latest: end },
  };
  return {
    shape: start === end ? 'instant' : 'span',
    approximate: false,
    uncertain: false,
    own,
    window: own,
    tightenedBy: [],
    readings: [],
    basis: 'narrative',
    rationale: 'test',
    citations: [],
    ...fields,
  };
}

const evening = eventDate({
  edtf: '1917-11-07',
  partOfDay: 'evening',
  start: '1917-11-07T18:00',
  end: '1917-11-08T00:00',
  precision: 'part-of-day',
});
const congressOpens = eventDate({
  edtf: '1917-11-07',
  time: '22:40',
  start: '1917-11-07T22:40',
  end: '1917-11-07T22:40',
  precision: 'minute',
});
const day = (edtf: string, dayKey: string, flags: Partial<EventDate> = {}) =>
  eventDate({
    edtf,
    start: `${dayKey}T00:00`,
    end: formatFloating(addFloatingDays(parseFloating(dayKey), 1)),
    precision: 'day',
    ...flags,
  });
const nightAcross = eventDate({
  edtf: '1917-11-07/1917-11-08',
  partOfDay: 'night',
  start: '1917-11-07T21:00',
  end: '1917-11-08T06:00',
  precision: 'part-of-day',
});
const earlyHours = eventDate({
  edtf: '1917-11-08',
  partOfDay: 'night',
  start: '1917-11-08T00:00',
  end: '1917-11-08T06:00',
  precision: 'part-of-day',
});
const days = (edtf: string, start: string, end: string) =>
  eventDate({ edtf, start, end, precision: 'days' });

describe('describeEventDate', () => {
  it.each([
    [
      'a part of day',
      evening,
      'evening of 7 November 1917 (25 October O.S.)',
      'evening of 25 October 1917 O.S. (7 November N.S.)',
    ],
    [
      'a clock time',
      congressOpens,
      '22:40, 7 November 1917 (25 October O.S.)',
      '22:40, 25 October 1917 O.S. (7 November N.S.)',
    ],
    [
      'a day',
      day('1917-11-08', '1917-11-08'),
      '8 November 1917 (26 October O.S.)',
      '26 October 1917 O.S. (8 November N.S.)',
    ],
    [
      'an approximate day (~)',
      day('1917-11-08~', '1917-11-08', { approximate: true }),
      'about 8 November 1917 (26 October O.S.)',
      'about 26 October 1917 O.S. (8 November N.S.)',
    ],
    [
      'an uncertain day (?)',
      day('1917-11-08?', '1917-11-08', { uncertain: true }),
      'perhaps 8 November 1917 (26 October O.S.)',
      'perhaps 26 October 1917 O.S. (8 November N.S.)',
    ],
    [
      'an approximate and uncertain day (%)',
      day('1917-11-08%', '1917-11-08', { approximate: true, uncertain: true }),
      'perhaps about 8 November 1917 (26 October O.S.)',
      'perhaps about 26 October 1917 O.S. (8 November N.S.)',
    ],
    [
      'a night across two days',
      nightAcross,
      'night of 7–8 November 1917 (25–26 October O.S.)',
      'night of 25–26 October 1917 O.S. (7–8 November N.S.)',
    ],
    [
      'the night part of a single day',
      earlyHours,
      'early hours of 8 November 1917 (26 October O.S.)',
      'early hours of 26 October 1917 O.S. (8 November N.S.)',
    ],
    [
      'a span of days',
      days('1917-11-07/1917-11-09', '1917-11-07T00:00', '1917-11-10T00:00'),
      '7–9 November 1917 (25–27 October O.S.)',
      '25–27 October 1917 O.S. (7–9 November N.S.)',
    ],
    [
      'a span across a Gregorian month',
      days('1917-10-31/1917-11-01', '1917-10-31T00:00', '1917-11-02T00:00'),
      '31 October – 1 November 1917 (18–19 October O.S.)',
      '18–19 October 1917 O.S. (31 October – 1 November N.S.)',
    ],
    [
      'a span across a Julian month',
      days('1917-11-13/1917-11-14', '1917-11-13T00:00', '1917-11-15T00:00'),
      '13–14 November 1917 (31 October – 1 November O.S.)',
      '31 October – 1 November 1917 O.S. (13–14 November N.S.)',
    ],
    [
      'a span across a year',
      days('1917-12-31/1918-01-01', '1917-12-31T00:00', '1918-01-02T00:00'),
      '31 December 1917 – 1 January 1918 (18–19 December 1917 O.S.)',
      '18–19 December 1917 O.S. (31 December 1917 – 1 January 1918 N.S.)',
    ],
    [
      'a day whose Julian date falls in the year before',
      day('1918-01-10', '1918-01-10'),
      '10 January 1918 (28 December 1917 O.S.)',
      '28 December 1917 O.S. (10 January 1918 N.S.)',
    ],
  ])('describes %s in both calendars', (_form, date, gregorian, julian) => {
    expect(describeEventDate(date, { primary: 'gregorian' })).toBe(gregorian);
    expect(describeEventDate(date, { primary: 'julian' })).toBe(julian);
  });

  it('puts "perhaps" before a part of day, and "about" on the day', () => {
    const approximateEvening = { ...evening, edtf: '1917-11-07~', approximate: true };
    expect(describeEventDate(approximateEvening, { primary: 'gregorian' })).toBe(
      'evening of about 7 November 1917 (25 October O.S.)',
    );
    const uncertainEvening = { ...evening, edtf: '1917-11-07?', uncertain: true };
    expect(describeEventDate(uncertainEvening, { primary: 'julian' })).toBe(
      'perhaps evening of 25 October 1917 O.S. (7 November N.S.)',
    );
  });

  it('names the part of day by its start when the span runs past midnight', () => {
    const lateEvening = eventDate({
      edtf: '1917-11-07',
      partOfDay: 'evening',
      start: '1917-11-07T18:00',
      end: '1917-11-08T02:10',
      precision: 'part-of-day',
    });
    expect(describeEventDate(lateEvening, { primary: 'gregorian' })).toBe(
      'evening of 7 November 1917 (25 October O.S.)',
    );
  });

  it('throws, naming the string, when the window is not of floating date-times', () => {
    const own = {
      ...evening.own,
      start: { earliest: '1917-11-07T18:00Z', latest: '1917-11-07T18:00Z' },
    };
    expect(() => describeEventDate({ ...evening, own }, { primary: 'gregorian' })).toThrow(
      '"1917-11-07T18:00Z"',
    );
  });
});

describe('describeDay', () => {
  it('writes a day key in both calendars', () => {
    expect(describeDay('1917-11-08', 'gregorian')).toBe('8 November 1917 (26 October O.S.)');
    expect(describeDay('1917-11-08', 'julian')).toBe('26 October 1917 O.S. (8 November N.S.)');
  });

  it('writes 1 February 1918 O.S., the day Russia skipped, as 14 February N.S.', () => {
    expect(describeDay('1918-02-14', 'julian')).toBe('1 February 1918 O.S. (14 February N.S.)');
  });
});

describe('shortDayLabel', () => {
  it('gives a short label in the primary calendar', () => {
    expect(shortDayLabel('1917-11-08', 'gregorian')).toBe('8 Nov');
    expect(shortDayLabel('1917-11-08', 'julian')).toBe('26 Oct O.S.');
    expect(shortDayLabel('1917-11-14', 'julian')).toBe('1 Nov O.S.');
  });

  it('labels 13 March 1900 N.S. as the Julian-only 29 February', () => {
    expect(shortDayLabel('1900-03-13', 'julian')).toBe('29 Feb O.S.');
    expect(describeDay('1900-03-13', 'julian')).toBe('29 February 1900 O.S. (13 March N.S.)');
  });
});
