import { describe, expect, it } from 'vitest';
import type { EventDate } from '../events/types';
import { describeWindow, describeWindowSentence, spokenTime } from './describeWindow';

type Bounds = [string, string, string, string];

function date(
  shape: EventDate['shape'],
  [startEarliest, startLatest, endEarliest, endLatest]: Bounds,
  extra: Partial<EventDate> = {},
) {
  const window = {
    start: { earliest: startEarliest, latest: startLatest },
    end: { earliest: endEarliest, latest: endLatest },
  };
  return { shape, window, approximate: false, uncertain: false, ...extra };
}

const instantAt = (at: string) => date('instant', [at, at, at, at]);
const someTimeOn8November = date('instant', [
  '1917-11-08T00:00',
  '1917-11-08T23:59',
  '1917-11-08T00:00',
  '1917-11-08T23:59',
]);

describe('describeWindow', () => {
  it('gives an instant known to the minute its clock time, in both calendars', () => {
    expect(describeWindow(instantAt('1917-11-07T22:40'), 'gregorian')).toBe(
      'at 22:40 on 7 November 1917 (25 October O.S.)',
    );
    expect(describeWindow(instantAt('1917-11-07T22:40'), 'julian')).toBe(
      'at 22:40 on 25 October 1917 O.S. (7 November N.S.)',
    );
  });

  it('says an instant known to a day happened at some time that day, with the estimate of other sources', () => {
    const leaving = { ...someTimeOn8November, estimate: { time: '15:00', note: '' } };
    expect(describeWindow(leaving, 'gregorian')).toBe(
      'at some time on 8 November 1917 (26 October O.S.); about 3 p.m. by other sources',
    );
    expect(describeWindow(leaving, 'julian')).toBe(
      'at some time on 26 October 1917 O.S. (8 November N.S.); about 3 p.m. by other sources',
    );
  });

  it('names a part of day, and a night across two days', () => {
    const morning = date('instant', [
      '1917-11-09T06:00',
      '1917-11-09T11:59',
      '1917-11-09T06:00',
      '1917-11-09T11:59',
    ]);
    expect(describeWindow(morning, 'gregorian')).toBe(
      'in the morning of 9 November 1917 (27 October O.S.)',
    );
    const night = date('instant', [
      '1917-11-08T21:00',
      '1917-11-09T05:59',
      '1917-11-08T21:00',
      '1917-11-09T05:59',
    ]);
    expect(describeWindow(night, 'gregorian')).toBe(
      'in the night of 8–9 November 1917 (26–27 October O.S.)',
    );
    expect(describeWindow(night, 'julian')).toBe(
      'in the night of 26–27 October 1917 O.S. (8–9 November N.S.)',
    );
  });

  it('gives a span with known ends from its start until its end', () => {
    const session = date('span', [
      '1917-11-07T22:40',
      '1917-11-07T22:40',
      '1917-11-08T05:00',
      '1917-11-08T05:00',
    ]);
    expect(describeWindow(session, 'gregorian')).toBe(
      'from 22:40 on 7 November until 05:00 on 8 November 1917 (25–26 October O.S.)',
    );
    expect(describeWindow({ ...session, approximate: true }, 'julian')).toBe(
      'from about 22:40 on 25 October until about 05:00 on 26 October 1917 O.S. (7–8 November N.S.)',
    );
  });

  it('says a whole day lasted all of it, and never that an instant did', () => {
    const wholeDay = date('span', [
      '1917-11-08T00:00',
      '1917-11-08T00:00',
      '1917-11-09T00:00',
      '1917-11-09T00:00',
    ]);
    expect(describeWindow(wholeDay, 'gregorian')).toBe('all of 8 November 1917 (26 October O.S.)');
    expect(describeWindow(someTimeOn8November, 'gregorian')).not.toContain('all of');
  });

  it('gives each uncertain end of a span as its own window', () => {
    // The storming: begun between 21:00 and 22:40, over in the early hours.
    const storming = date('span', [
      '1917-11-07T21:00',
      '1917-11-07T22:40',
      '1917-11-08T00:00',
      '1917-11-08T06:00',
    ]);
    expect(describeWindow(storming, 'gregorian')).toBe(
      'beginning between 21:00 and 22:40 on 7 November and ending in the early hours of 8 November 1917 (25–26 October O.S.)',
    );
    const stay = date('span', [
      '1917-11-08T00:00',
      '1917-11-08T23:59',
      '1917-11-09T00:00',
      '1917-11-10T00:00',
    ]);
    expect(describeWindow(stay, 'julian')).toBe(
      'beginning at some time on 26 October and ending at some time on 27 October 1917 O.S. (8–9 November N.S.)',
    );
  });

  it('says an approximate window is approximate after it, not "about between"', () => {
    const calls = date(
      'span',
      ['1917-11-07T22:40', '1917-11-07T23:59', '1917-11-08T00:00', '1917-11-09T00:00'],
      { approximate: true },
    );
    expect(describeWindow(calls, 'gregorian')).toBe(
      'beginning between 22:40 and the end of 7 November and ending at some time on 8 November 1917 (25–26 October O.S.); approximate',
    );
  });

  it('lets a span go on to the end of the last minute an instant after it may take', () => {
    // The storming ends before the deposition, an instant of the early hours (to 05:59).
    const storming = date('span', [
      '1917-11-07T21:00',
      '1917-11-07T22:40',
      '1917-11-08T00:00',
      '1917-11-08T05:59',
    ]);
    expect(describeWindow(storming, 'gregorian')).toBe(
      'beginning between 21:00 and 22:40 on 7 November and ending in the early hours of 8 November 1917 (25–26 October O.S.)',
    );
    const telegram = date('instant', [
      '1917-11-09T06:00',
      '1917-11-09T23:59',
      '1917-11-09T06:00',
      '1917-11-09T23:59',
    ]);
    expect(describeWindow(telegram, 'gregorian')).toBe(
      'between 06:00 and the end of 9 November 1917 (27 October O.S.)',
    );
  });

  it('says a span whose source gives no end only went on as long as it surely did', () => {
    const stay = date(
      'span',
      ['1917-11-08T00:00', '1917-11-08T23:59', '1917-11-09T06:00', '1917-11-09T23:59'],
      { edtf: '1917-11-08/' },
    );
    expect(describeWindow(stay, 'gregorian')).toBe(
      'beginning at some time on 8 November and still going on at 06:00 on 9 November 1917 (26–27 October O.S.), its end not given',
    );
    const open = { ...stay, edtf: '1917-11-08/..' };
    open.window = {
      ...stay.window,
      end: { earliest: '1917-11-08T00:00', latest: '1917-11-09T23:59' },
    };
    expect(describeWindow(open, 'julian')).toBe(
      'beginning at some time on 26 October 1917 O.S. (8 November N.S.), its end not given',
    );
  });

  it('says a span begun and over inside one part of day lay within it', () => {
    const occupation = date('span', [
      '1917-11-09T06:00',
      '1917-11-09T11:59',
      '1917-11-09T06:00',
      '1917-11-09T12:00',
    ]);
    expect(describeWindow(occupation, 'gregorian')).toBe(
      'within the morning of 9 November 1917 (27 October O.S.)',
    );
  });

  it('says a span of no length as a moment', () => {
    const at = '1917-11-09T11:10';
    expect(describeWindow(date('span', [at, at, at, at]), 'gregorian')).toBe(
      'at 11:10 on 9 November 1917 (27 October O.S.)',
    );
  });

  it('writes the other calendar’s year where the window crosses into a new one', () => {
    expect(describeWindow(instantAt('1918-01-05T12:00'), 'gregorian')).toBe(
      'at 12:00 on 5 January 1918 (23 December 1917 O.S.)',
    );
    const turn = date('instant', [
      '1918-01-12T00:00',
      '1918-01-14T23:59',
      '1918-01-12T00:00',
      '1918-01-14T23:59',
    ]);
    expect(describeWindow(turn, 'gregorian')).toBe(
      'at some time on 12–14 January 1918 (30 December 1917 – 1 January 1918 O.S.)',
    );
    expect(describeWindow(turn, 'julian')).toBe(
      'at some time on 30 December 1917 – 1 January 1918 O.S. (12–14 January N.S.)',
    );
  });

  it('says perhaps and about for a qualified date, and starts a sentence with a capital', () => {
    const call = { ...someTimeOn8November, uncertain: true };
    expect(describeWindowSentence(call, 'gregorian')).toBe(
      'Perhaps at some time on 8 November 1917 (26 October O.S.)',
    );
    expect(describeWindowSentence(instantAt('1917-11-07T22:40'), 'gregorian')).toBe(
      'At 22:40 on 7 November 1917 (25 October O.S.)',
    );
    expect(
      describeWindow({ ...instantAt('1917-11-07T22:40'), approximate: true }, 'gregorian'),
    ).toBe('at about 22:40 on 7 November 1917 (25 October O.S.)');
  });
});

describe('spokenTime', () => {
  it('says a clock time as a reader would', () => {
    expect(spokenTime('15:00')).toBe('3 p.m.');
    expect(spokenTime('10:30')).toBe('10:30 a.m.');
    expect(spokenTime('12:00')).toBe('noon');
    expect(spokenTime('00:15')).toBe('12:15 a.m.');
  });
});
