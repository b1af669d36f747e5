import { describe, expect, it } from 'vitest';
import { describeEventDate } from '../../lib/time/describeDate';
import {
  DateResolutionError,
  resolveEventDate,
  type DateField,
  type EventDateInput,
} from './resolveEventDate';

const curated = (fields: Partial<EventDateInput> & Pick<EventDateInput, 'edtf'>) => ({
  basis: 'narrative' as const,
  rationale: 'Told together with the departure on 8 November.',
  citations: [],
  ...fields,
});

function errorOf(input: EventDateInput): DateResolutionError {
  try {
    resolveEventDate(input);
  } catch (error) {
    if (error instanceof DateResolutionError) return error;
    throw error;
  }
  throw new Error(`resolveEventDate accepted ${JSON.stringify(input)}`);
}

describe('resolveEventDate', () => {
  it('resolves a day to the whole day, with its Julian equivalent', () => {
    expect(resolveEventDate(curated({ edtf: '1917-11-08' }))).toEqual({
      edtf: '1917-11-08',
      start: '1917-11-08T00:00',
      end: '1917-11-09T00:00',
      precision: 'day',
      approximate: false,
      uncertain: false,
      julian: { start: '1917-10-26T00:00', end: '1917-10-27T00:00' },
      basis: 'narrative',
      rationale: 'Told together with the departure on 8 November.',
      citations: [],
    });
  });

  it('keeps basis, rationale and citations as given', () => {
    const citations = [{ title: 'John Reed, Ten Days That Shook the World (1919), ch. 4' }];
    const date = resolveEventDate(
      curated({ edtf: '1917-11-07', basis: 'historical', rationale: 'Reed.', citations }),
    );
    expect(date).toMatchObject({ basis: 'historical', rationale: 'Reed.', citations });
  });

  it('resolves a clock time to an instant whose end equals its start', () => {
    expect(resolveEventDate(curated({ edtf: '1917-11-07', time: '22:40' }))).toMatchObject({
      time: '22:40',
      start: '1917-11-07T22:40',
      end: '1917-11-07T22:40',
      precision: 'minute',
      julian: { start: '1917-10-25T22:40', end: '1917-10-25T22:40' },
    });
  });

  it.each([
    ['night', '1917-11-08T00:00', '1917-11-08T06:00'],
    ['morning', '1917-11-08T06:00', '1917-11-08T12:00'],
    ['afternoon', '1917-11-08T12:00', '1917-11-08T18:00'],
    ['evening', '1917-11-08T18:00', '1917-11-09T00:00'],
  ] as const)('resolves the %s of a day to its hours', (partOfDay, start, end) => {
    expect(resolveEventDate(curated({ edtf: '1917-11-08', partOfDay }))).toMatchObject({
      partOfDay,
      start,
      end,
      precision: 'part-of-day',
    });
  });

  it('resolves a night across two days to 21:00 on the first until 06:00 on the second', () => {
    const date = resolveEventDate(curated({ edtf: '1917-11-07/1917-11-08', partOfDay: 'night' }));
    expect(date).toMatchObject({
      start: '1917-11-07T21:00',
      end: '1917-11-08T06:00',
      precision: 'part-of-day',
      julian: { start: '1917-10-25T21:00', end: '1917-10-26T06:00' },
    });
    expect(describeEventDate(date, { primary: 'gregorian' })).toBe(
      'night of 7–8 November 1917 (25–26 October O.S.)',
    );
  });

  it('resolves a span of days to all of them, the end exclusive', () => {
    expect(resolveEventDate(curated({ edtf: '1917-11-07/1917-11-09' }))).toMatchObject({
      start: '1917-11-07T00:00',
      end: '1917-11-10T00:00',
      precision: 'days',
      julian: { start: '1917-10-25T00:00', end: '1917-10-28T00:00' },
    });
  });

  it('resolves a span across the end of the Julian year', () => {
    expect(resolveEventDate(curated({ edtf: '1918-01-12/1918-01-14' }))).toMatchObject({
      julian: { start: '1917-12-30T00:00', end: '1918-01-02T00:00' },
    });
  });

  it.each([
    ['1917-11-08~', true, false],
    ['1917-11-08?', false, true],
    ['1917-11-08%', true, true],
    ['1917-11-07~/1917-11-09', true, false],
    ['1917-11-07/1917-11-09?', false, true],
  ])('reads the qualifiers of %s', (edtf, approximate, uncertain) => {
    expect(resolveEventDate(curated({ edtf }))).toMatchObject({ approximate, uncertain });
  });

  it('accepts a clock time and a part of day that agree', () => {
    expect(
      resolveEventDate(curated({ edtf: '1917-11-07', time: '22:40', partOfDay: 'evening' })),
    ).toMatchObject({ time: '22:40', partOfDay: 'evening', precision: 'minute' });
  });

  it.each<[string, Partial<EventDateInput> & Pick<EventDateInput, 'edtf'>, DateField, RegExp]>([
    [
      'an impossible day',
      { edtf: '1917-11-31' },
      'date.edtf',
      /^1917-11-31 is not a date: November has 30 days$/,
    ],
    [
      'an impossible day at the end of a span',
      { edtf: '1917-11-29/1917-11-31' },
      'date.edtf',
      /^1917-11-31 is not a date: November has 30 days$/,
    ],
    [
      '29 February 1917',
      { edtf: '1917-02-29' },
      'date.edtf',
      /^1917-02-29 is not a date: February 1917 has 28 days in the Gregorian calendar$/,
    ],
    [
      'a Julian-only 29 February, offering its Gregorian date',
      { edtf: '1900-02-29' },
      'date.edtf',
      /February 1900 has 28 days in the Gregorian calendar; .*Julian 1900-02-29 is 1900-03-13/,
    ],
    [
      'month 13',
      { edtf: '1917-13-01' },
      'date.edtf',
      /^1917-13-01 is not a date: there is no month 13/,
    ],
    ['a month', { edtf: '1917-11' }, 'date.edtf', /^"1917-11" names only a month; give the day/],
    ['a year', { edtf: '1917' }, 'date.edtf', /^"1917" names only a year/],
    ['a season', { edtf: '1917-23' }, 'date.edtf', /^"1917-23" names a season/],
    ['a set', { edtf: '[1917-11-08,1917-11-09]' }, 'date.edtf', /is a set of dates/],
    ['a list', { edtf: '{1917-11-08,1917-11-09}' }, 'date.edtf', /is a set of dates/],
    ['an open span', { edtf: '1917-11-08/..' }, 'date.edtf', /is an open span/],
    ['a span with an unknown start', { edtf: '/1917-11-08' }, 'date.edtf', /is an open span/],
    ['a span ending in a month', { edtf: '1917-11-07/1917-11' }, 'date.edtf', /names only a month/],
    ['a backwards span', { edtf: '1917-11-09/1917-11-07' }, 'date.edtf', /ends before it starts/],
    ['a one-day span', { edtf: '1917-11-08/1917-11-08' }, 'date.edtf', /write the day alone/],
    ['unspecified digits', { edtf: '1917-11-XX' }, 'date.edtf', /unspecified digits/],
    ['a qualifier on part of the date', { edtf: '?1917-11-08' }, 'date.edtf', /part of the date/],
    ['a time inside the EDTF', { edtf: '1917-11-08T22:40' }, 'date.edtf', /HH:MM in date\.time/],
    ['text that is not EDTF', { edtf: 'November 8' }, 'date.edtf', /^"November 8" is not EDTF/],
    ['an empty string', { edtf: '' }, 'date.edtf', /^is missing/],
    [
      'a day outside 1582–2100',
      { edtf: '1400-01-01' },
      'date.edtf',
      /1400-01-01 is outside the supported range/,
    ],
    [
      'a malformed time',
      { edtf: '1917-11-07', time: '10.40' },
      'date.time',
      /^"10\.40" is not a clock time/,
    ],
    ['a time of 24:00', { edtf: '1917-11-07', time: '24:00' }, 'date.time', /not a clock time/],
    [
      'a time without a leading zero',
      { edtf: '1917-11-07', time: '9:05' },
      'date.time',
      /not a clock time/,
    ],
    [
      'a time on a span of days',
      { edtf: '1917-11-07/1917-11-08', time: '22:40' },
      'date.time',
      /^a clock time needs a single day, but date\.edtf "1917-11-07\/1917-11-08" spans 2 days$/,
    ],
    [
      'an unknown part of day',
      { edtf: '1917-11-07', partOfDay: 'dusk' as never },
      'date.partOfDay',
      /^"dusk" is not a part of day/,
    ],
    [
      'a part of day other than night on two days',
      { edtf: '1917-11-07/1917-11-08', partOfDay: 'evening' },
      'date.partOfDay',
      /^"evening" needs a single day/,
    ],
    [
      'a night across three days',
      { edtf: '1917-11-07/1917-11-09', partOfDay: 'night' },
      'date.partOfDay',
      /spans 3 days/,
    ],
    [
      'a part of day that disagrees with the time',
      { edtf: '1917-11-07', time: '22:40', partOfDay: 'morning' },
      'date.partOfDay',
      /^"morning" runs from 06:00 to 12:00, but date\.time is 22:40$/,
    ],
  ])('rejects %s, naming the field', (_case, fields, field, reason) => {
    const error = errorOf(curated(fields));
    expect(error.field).toBe(field);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${field}: ${error.reason}`);
  });
});
