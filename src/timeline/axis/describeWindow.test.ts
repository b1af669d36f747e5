import { describe, expect, it } from 'vitest';
import { describeWindow, labelStep } from './describeWindow';
import { DAY, HOUR, MINUTE } from '../view/window';

const at = (day: number, hour: number, minute = 0, second = 0) =>
  Date.UTC(1917, 10, day, hour, minute, second);

describe('describeWindow', () => {
  it('names both ends with day and clock time', () => {
    const window = { start: at(7, 15), end: at(9, 21) };
    expect(describeWindow(window, 'gregorian')).toBe('7 Nov 15:00 – 9 Nov 21:00');
  });

  it('names the day once for a window inside one day', () => {
    const window = { start: at(8, 6), end: at(8, 12) };
    expect(describeWindow(window, 'gregorian')).toBe('8 Nov, 06:00–12:00');
  });

  it('reads a window of days in whole hours, not the odd minutes of the fit', () => {
    const window = { start: at(6, 19, 41, 12), end: at(10, 4, 19, 3) };
    expect(describeWindow(window, 'gregorian')).toBe('6 Nov 20:00 – 10 Nov 04:00');
  });

  it('reads a window of hours in quarter hours', () => {
    const window = { start: at(8, 3, 7), end: at(8, 9, 53) };
    expect(describeWindow(window, 'gregorian')).toBe('8 Nov, 03:00–10:00');
    expect(describeWindow({ start: at(8, 3, 8), end: at(8, 9, 52) }, 'gregorian')).toBe(
      '8 Nov, 03:15–09:45',
    );
  });

  it('reads a window of minutes to the minute', () => {
    const window = { start: at(7, 22, 13, 20), end: at(7, 22, 53, 40) };
    expect(describeWindow(window, 'gregorian')).toBe('7 Nov, 22:13–22:54');
  });

  it('rounds both ends alike, so a day from half past reads as a day', () => {
    const window = { start: at(8, 9, 30), end: at(9, 9, 30) };
    expect(describeWindow(window, 'gregorian')).toBe('8 Nov 10:00 – 9 Nov 10:00');
  });

  it('names the next day when an end rounds up past midnight', () => {
    const window = { start: at(7, 17, 8, 40), end: at(8, 23, 40) };
    expect(describeWindow(window, 'gregorian')).toBe('7 Nov 17:00 – 9 Nov 00:00');
  });

  it('uses the Old Style date when the Julian calendar is primary', () => {
    const window = { start: at(8, 6), end: at(8, 12) };
    expect(describeWindow(window, 'julian')).toBe('26 Oct O.S., 06:00–12:00');
  });
});

describe('labelStep', () => {
  it('is an hour from a day up, a quarter hour from an hour up, else a minute', () => {
    expect(labelStep(7 * DAY)).toBe(HOUR);
    expect(labelStep(DAY)).toBe(HOUR);
    expect(labelStep(DAY - MINUTE)).toBe(15 * MINUTE);
    expect(labelStep(HOUR)).toBe(15 * MINUTE);
    expect(labelStep(HOUR - MINUTE)).toBe(MINUTE);
    expect(labelStep(5 * MINUTE)).toBe(MINUTE);
  });
});
