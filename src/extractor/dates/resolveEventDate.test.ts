import { describe, expect, it } from 'vitest';
import { windowToIso } from '../../lib/chronology/minutes';
import { describeEventDate } from '../../lib/time/describeDate';
import type { DateWindow } from '../../lib/events/types';
import { toJulianIso } from '../../lib/time/floating';
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

/** The own window as events.json writes it. */
const own = (fields: Partial<EventDateInput> & Pick<EventDateInput, 'edtf'>): DateWindow =>
  windowToIso(resolveEventDate(curated(fields)).own);

/** A window whose start and end both lie between the given times. */
const within = (earliest: string, latest: string, endLatest = latest): DateWindow => ({
  start: { earliest, latest },
  end: { earliest, latest: endLatest },
});
/** An instant's window: its moment between the given times. */
const moment = (earliest: string, latest: string): DateWindow => within(earliest, latest);

describe('resolveEventDate', () => {
  it('makes a day an instant at some minute of it, unless it is said to be a span', () => {
    const date = resolveEventDate(curated({ edtf: '1917-11-08' }));
    expect(date.date).toEqual({
      edtf: '1917-11-08',
      shape: 'instant',
      approximate: false,
      uncertain: false,
      readings: [],
      basis: 'narrative',
      rationale: 'Told together with the departure on 8 November.',
      citations: [],
    });
    expect(windowToIso(date.own)).toEqual(moment('1917-11-08T00:00', '1917-11-08T23:59'));
  });

  it('lets a span of one day start and end anywhere in it, ending by midnight', () => {
    expect(own({ edtf: '1917-11-08', shape: 'span' })).toEqual(
      within('1917-11-08T00:00', '1917-11-08T23:59', '1917-11-09T00:00'),
    );
  });

  it('keeps basis, rationale and citations as given', () => {
    const citations = [{ title: 'John Reed, Ten Days That Shook the World (1919), ch. 4' }];
    const { date } = resolveEventDate(
      curated({ edtf: '1917-11-07', basis: 'historical', rationale: 'Reed.', citations }),
    );
    expect(date).toMatchObject({ basis: 'historical', rationale: 'Reed.', citations });
  });

  it("fixes an instant at its clock time, and a span's start", () => {
    expect(own({ edtf: '1917-11-07', time: '22:40' })).toEqual(
      moment('1917-11-07T22:40', '1917-11-07T22:40'),
    );
    expect(own({ edtf: '1917-11-07', time: '22:40', shape: 'span' })).toEqual({
      start: { earliest: '1917-11-07T22:40', latest: '1917-11-07T22:40' },
      end: { earliest: '1917-11-07T22:40', latest: '1917-11-08T00:00' },
    });
  });

  it.each([
    ['night', '1917-11-08T00:00', '1917-11-08T05:59', '1917-11-08T06:00'],
    ['morning', '1917-11-08T06:00', '1917-11-08T11:59', '1917-11-08T12:00'],
    ['afternoon', '1917-11-08T12:00', '1917-11-08T17:59', '1917-11-08T18:00'],
    ['evening', '1917-11-08T18:00', '1917-11-08T23:59', '1917-11-09T00:00'],
  ] as const)('narrows a day to its %s', (partOfDay, earliest, latest, endLatest) => {
    expect(own({ edtf: '1917-11-08', partOfDay })).toEqual(moment(earliest, latest));
    expect(own({ edtf: '1917-11-08', partOfDay, shape: 'span' })).toEqual(
      within(earliest, latest, endLatest),
    );
  });

  it('runs a night across two days from 21:00 on the first to 06:00 on the second', () => {
    expect(own({ edtf: '1917-11-07/1917-11-08', partOfDay: 'night' })).toEqual({
      start: { earliest: '1917-11-07T21:00', latest: '1917-11-07T23:59' },
      end: { earliest: '1917-11-08T00:00', latest: '1917-11-08T06:00' },
    });
    expect(own({ edtf: '1917-11-07/1917-11-08', partOfDay: 'night', shape: 'instant' })).toEqual(
      moment('1917-11-07T21:00', '1917-11-08T05:59'),
    );
    const night = resolveEventDate(curated({ edtf: '1917-11-07/1917-11-08', partOfDay: 'night' }));
    expect(
      describeEventDate({ ...night.date, own: windowToIso(night.own) }, { primary: 'gregorian' }),
    ).toBe('night of 7–8 November 1917 (25–26 October O.S.)');
  });

  it('makes an interval a span from its first day to its last, or an instant anywhere in it', () => {
    const span = resolveEventDate(curated({ edtf: '1917-11-07/1917-11-09' }));
    expect(span.date.shape).toBe('span');
    expect(windowToIso(span.own)).toEqual({
      start: { earliest: '1917-11-07T00:00', latest: '1917-11-07T23:59' },
      end: { earliest: '1917-11-09T00:00', latest: '1917-11-10T00:00' },
    });
    expect(own({ edtf: '1917-11-07/1917-11-09', shape: 'instant' })).toEqual(
      moment('1917-11-07T00:00', '1917-11-09T23:59'),
    );
  });

  it.each([
    ['1917-11-XX', '1917-11-01T00:00', '1917-11-30T23:59'],
    ['1917-02-XX', '1917-02-01T00:00', '1917-02-28T23:59'],
    ['1917-11-0X', '1917-11-01T00:00', '1917-11-09T23:59'],
    ['1917-1X-XX', '1917-10-01T00:00', '1917-12-31T23:59'],
    ['[1917-11-07..1917-11-09]', '1917-11-07T00:00', '1917-11-09T23:59'],
    ['[1917-11-07,1917-11-09]', '1917-11-07T00:00', '1917-11-09T23:59'],
    ['[1917-11-09,1917-11-07..1917-11-08]', '1917-11-07T00:00', '1917-11-09T23:59'],
  ])('reads %s as some day from its first to its last', (edtf, earliest, latest) => {
    expect(own({ edtf })).toEqual(moment(earliest, latest));
  });

  it('leaves an open or unknown end open, for the relations and the work to bound', () => {
    for (const edtf of ['1917-11-07/..', '1917-11-07/']) {
      const { own: window } = resolveEventDate(curated({ edtf }));
      expect(window.start.earliest).toBe(Date.UTC(1917, 10, 7) / 60_000);
      expect(window.end.latest).toBe(Infinity);
    }
    const unknownStart = resolveEventDate(curated({ edtf: '../1917-11-09' })).own;
    expect(unknownStart.start.earliest).toBe(-Infinity);
    // A span's start is no later than its end.
    expect(unknownStart.start.latest).toBe(Date.UTC(1917, 10, 10) / 60_000);
    expect(resolveEventDate(curated({ edtf: '[..1917-11-09]' })).own.start.earliest).toBe(
      -Infinity,
    );
  });

  it.each([
    ['a day', '1917-11-08', {}],
    ['a night across two days', '1917-11-07/1917-11-08', { partOfDay: 'night' as const }],
    ['a span of days', '1917-11-07/1917-11-09', {}],
    ['a span across the end of the Julian year', '1918-01-12/1918-01-14', {}],
  ])('gives bounds that convert to the Julian calendar and back: %s', (_case, edtf, fields) => {
    const window = own({ edtf, ...fields });
    for (const bounds of [window.start, window.end]) {
      for (const bound of [bounds.earliest, bounds.latest]) {
        expect(toJulianIso(bound).slice(11)).toBe(bound.slice(11));
      }
    }
  });

  it('puts the first minute of 8 November N.S. on 26 October O.S., and 13 January 1918 on 31 December 1917', () => {
    expect(toJulianIso(own({ edtf: '1917-11-08' }).start.earliest)).toBe('1917-10-26T00:00');
    expect(toJulianIso(own({ edtf: '1918-01-13' }).start.latest)).toBe('1917-12-31T23:59');
    expect(toJulianIso(own({ edtf: '1918-01-12/1918-01-14' }).end.latest)).toBe('1918-01-02T00:00');
  });

  it.each([
    ['1917-11-08~', true, false],
    ['1917-11-08?', false, true],
    ['1917-11-08%', true, true],
    ['1917-11-07~/1917-11-09', true, false],
    ['1917-11-07/1917-11-09?', false, true],
  ])('reads the qualifiers of %s, without widening the window', (edtf, approximate, uncertain) => {
    const plain = edtf.replace(/[~?%]/g, '');
    const date = resolveEventDate(curated({ edtf }));
    expect(date.date).toMatchObject({ approximate, uncertain });
    expect(date.own).toEqual(resolveEventDate(curated({ edtf: plain })).own);
  });

  it('accepts a clock time and a part of day that agree', () => {
    expect(
      resolveEventDate(curated({ edtf: '1917-11-07', time: '22:40', partOfDay: 'evening' })).date,
    ).toMatchObject({ time: '22:40', partOfDay: 'evening' });
  });

  it('keeps an estimate inside the window, as minutes, without narrowing it', () => {
    const date = resolveEventDate(
      curated({
        edtf: '1917-11-08',
        estimate: { time: '15:00', note: 'About 3 p.m., by other sources.' },
      }),
    );
    expect(date.date.estimate).toEqual({ time: '15:00', note: 'About 3 p.m., by other sources.' });
    expect(date.estimate).toEqual({
      from: Date.UTC(1917, 10, 8, 15) / 60_000,
      to: Date.UTC(1917, 10, 8, 15) / 60_000,
    });
    expect(windowToIso(date.own)).toEqual(moment('1917-11-08T00:00', '1917-11-08T23:59'));
  });

  it("resolves each reading with the event's shape, never tightened", () => {
    const citation = { title: 'John Reed, Ten Days That Shook the World (1919)' };
    const { date } = resolveEventDate(
      curated({
        edtf: '1917-11-09',
        partOfDay: 'morning',
        readings: [
          {
            edtf: '1917-11-08/1917-11-09',
            partOfDay: 'night',
            note: 'Reed: during the night.',
            citation,
          },
        ],
      }),
    );
    expect(date.readings).toEqual([
      {
        edtf: '1917-11-08/1917-11-09',
        partOfDay: 'night',
        note: 'Reed: during the night.',
        citation,
        window: moment('1917-11-08T21:00', '1917-11-09T05:59'),
      },
    ]);
  });

  it('says which field set each own bound', () => {
    expect(
      resolveEventDate(curated({ edtf: '1917-11-07', time: '22:40' })).boundSources,
    ).toMatchObject({
      'start.earliest': 'date.time "22:40"',
      'start.latest': 'date.time "22:40"',
    });
    expect(resolveEventDate(curated({ edtf: '1917-11-09' })).boundSources['start.earliest']).toBe(
      'date.edtf "1917-11-09"',
    );
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
    [
      'a list, whose dates all apply',
      { edtf: '{1917-11-08,1917-11-09}' },
      'date.edtf',
      /is a set of dates that all apply .*write \[1917-11-07,1917-11-09\]/,
    ],
    [
      'an interval open at both ends',
      { edtf: '../..' },
      'date.edtf',
      /neither a first nor a last day/,
    ],
    ['a span ending in a month', { edtf: '1917-11-07/1917-11' }, 'date.edtf', /names only a month/],
    ['a backwards span', { edtf: '1917-11-09/1917-11-07' }, 'date.edtf', /ends before it starts/],
    ['a one-day span', { edtf: '1917-11-08/1917-11-08' }, 'date.edtf', /write the day alone/],
    [
      'a clock time on some day of a month',
      { edtf: '1917-11-XX', time: '22:40' },
      'date.time',
      /needs a single day, but date\.edtf "1917-11-XX" spans 30 days/,
    ],
    [
      'a clock time on an open interval',
      { edtf: '1917-11-07/..', time: '22:40' },
      'date.time',
      /spans an open stretch of days/,
    ],
    [
      'an estimate outside its window',
      { edtf: '1917-11-08', partOfDay: 'morning', estimate: { time: '15:00', note: 'Krasnov.' } },
      'date.estimate.time',
      /lies outside the date's own window/,
    ],
    [
      'an estimate with no time or part of day',
      { edtf: '1917-11-08', estimate: { note: 'Krasnov.' } },
      'date.estimate',
      /give a time or a part of day/,
    ],
    [
      'an estimate of an unknown start',
      { edtf: '../1917-11-08', estimate: { time: '15:00', note: 'Krasnov.' } },
      'date.estimate',
      /needs a window with a first day/,
    ],
    [
      'a reading that is not EDTF',
      {
        edtf: '1917-11-08',
        readings: [{ edtf: 'at dawn', note: 'Reed.', citation: { title: 'Reed' } }],
      },
      'date.readings[0].edtf',
      /^"at dawn" is not EDTF/,
    ],
    [
      'a reading with a part of day on three days',
      {
        edtf: '1917-11-08',
        readings: [
          {
            edtf: '1917-11-07/1917-11-09',
            partOfDay: 'night',
            note: 'Reed.',
            citation: { title: 'Reed' },
          },
        ],
      },
      'date.readings[0].partOfDay',
      /spans 3 days/,
    ],
    [
      'an open reading',
      {
        edtf: '1917-11-08',
        readings: [{ edtf: '1917-11-08/..', note: 'Reed.', citation: { title: 'Reed' } }],
      },
      'date.readings[0].edtf',
      /is open; a reading gives the date its source gives/,
    ],
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
