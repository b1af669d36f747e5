import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateReading, EventDate } from '../../lib/events/types';
import { formatFloating, parseFloating } from '../../lib/time/floating';
import { fadeStops, windowGlyph } from './windowGlyph';

type Bounds = [string, string, string, string];

function date(
  shape: EventDate['shape'],
  [startEarliest, startLatest, endEarliest, endLatest]: Bounds,
  extra: Partial<EventDate> = {},
): EventDate {
  const window = {
    start: { earliest: startEarliest, latest: startLatest },
    end: { earliest: endEarliest, latest: endLatest },
  };
  return {
    edtf: startEarliest.slice(0, 10),
    shape,
    approximate: false,
    uncertain: false,
    own: window,
    window,
    tightenedBy: [],
    readings: [],
    basis: 'historical',
    rationale: '',
    citations: [],
    ...extra,
  };
}

const someTimeOn8November: Bounds = [
  '1917-11-08T00:00',
  '1917-11-08T23:59',
  '1917-11-08T00:00',
  '1917-11-08T23:59',
];

describe('windowGlyph', () => {
  it('draws an instant known to the minute as a point', () => {
    const at = '1917-11-07T22:40';
    expect(windowGlyph(date('instant', [at, at, at, at])).kind).toBe('point');
  });

  it('draws an instant at some time on a day as a window, never as a sure stretch', () => {
    const glyph = windowGlyph(date('instant', someTimeOn8November));
    expect(glyph.kind).toBe('window');
    expect(glyph.sure).toBeNull();
  });

  it('puts the best estimate (3 p.m. on 8 November) where 15:00 falls in the day', () => {
    const glyph = windowGlyph(
      date('instant', someTimeOn8November, {
        estimate: { time: '15:00', note: 'Moving off about 3 p.m.' },
      }),
    );
    // The window runs from 00:00 to 23:59: 15:00 is 900 of its 1,439 minutes in.
    expect(glyph.estimate!.from).toBeCloseTo(900 / 1439, 6);
    expect(glyph.estimate!.to).toBe(glyph.estimate!.from);
  });

  it('gives a part-of-day estimate as the stretch of those hours', () => {
    const glyph = windowGlyph(
      date('instant', someTimeOn8November, { estimate: { partOfDay: 'morning', note: '' } }),
    );
    expect(glyph.estimate!.from).toBeCloseTo(360 / 1439, 6);
    expect(glyph.estimate!.to).toBeCloseTo(720 / 1439, 6);
  });

  it('draws a span with known ends as a duration, sure from end to end', () => {
    const glyph = windowGlyph(
      date('span', [
        '1917-11-07T22:40',
        '1917-11-07T22:40',
        '1917-11-08T05:00',
        '1917-11-08T05:00',
      ]),
    );
    expect(glyph).toMatchObject({ kind: 'duration', sure: { from: 0, to: 1 } });
  });

  it('is sure of an uncertain span only from its latest start to its earliest end', () => {
    // The storming: begun by 22:40 at the latest, over from midnight at the earliest.
    const glyph = windowGlyph(
      date('span', [
        '1917-11-07T21:00',
        '1917-11-07T22:40',
        '1917-11-08T00:00',
        '1917-11-08T06:00',
      ]),
    );
    expect(glyph.kind).toBe('uncertain-span');
    expect(glyph.sure!.from).toBeCloseTo(100 / 540, 6);
    expect(glyph.sure!.to).toBeCloseTo(180 / 540, 6);
  });

  it('is sure of nothing when a span may begin after it may already be over', () => {
    const glyph = windowGlyph(
      date('span', [
        '1917-11-09T06:00',
        '1917-11-09T11:59',
        '1917-11-09T06:00',
        '1917-11-09T12:00',
      ]),
    );
    expect(glyph).toMatchObject({ kind: 'uncertain-span', sure: null });
    expect(fadeStops(glyph.sure).every((stop) => !stop.solid)).toBe(true);
  });

  it('places each reading over its own window, outside the chosen one where it lies outside', () => {
    const reading = (earliest: string, latest: string): DateReading => ({
      edtf: earliest.slice(0, 10),
      note: '',
      citation: { title: 'A source' },
      window: { start: { earliest, latest }, end: { earliest, latest } },
    });
    const glyph = windowGlyph(
      date('instant', someTimeOn8November, {
        readings: [
          reading('1917-11-08T10:00', '1917-11-08T10:00'),
          reading('1917-11-09T00:00', '1917-11-09T05:59'),
        ],
      }),
    );
    expect(glyph.readings[0]!.from).toBeCloseTo(600 / 1439, 6);
    expect(glyph.readings[1]!.from).toBeGreaterThan(1);
  });

  it('marks a qualified date (~ or ?), so a point can be drawn hollow', () => {
    const at = '1917-11-07T22:40';
    expect(windowGlyph(date('instant', [at, at, at, at], { approximate: true })).qualified).toBe(
      true,
    );
  });

  it('keeps every sure stretch inside the box and in order, for any span window', () => {
    const base = parseFloating('1917-11-07T00:00');
    const minutes = fc.integer({ min: 0, max: 3 * 24 * 60 });
    fc.assert(
      fc.property(fc.array(minutes, { minLength: 4, maxLength: 4 }), (values) => {
        const [a, b, c, d] = [...values].sort((x, y) => x - y) as [number, number, number, number];
        // Any order of start.latest and end.earliest, both inside the hull [a, d].
        const [startLatest, endEarliest] = values[0]! % 2 ? [b, c] : [c, b];
        const iso = (m: number) => formatFloating(base + m * 60_000);
        const glyph = windowGlyph(
          date('span', [iso(a), iso(startLatest), iso(endEarliest), iso(d)]),
        );
        if (glyph.sure) {
          expect(glyph.sure.from).toBeGreaterThanOrEqual(0);
          expect(glyph.sure.from).toBeLessThanOrEqual(glyph.sure.to);
          expect(glyph.sure.to).toBeLessThanOrEqual(1);
        }
        const sureExists = startLatest < endEarliest && a < d;
        expect(glyph.sure !== null).toBe(sureExists);
      }),
    );
  });
});
