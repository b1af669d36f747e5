import { describe, expect, it } from 'vitest';
import { describeWindow } from './describeWindow';

describe('describeWindow', () => {
  it('names both ends with day and clock time', () => {
    const window = { start: Date.UTC(1917, 10, 7, 15), end: Date.UTC(1917, 10, 9, 21) };
    expect(describeWindow(window, 'gregorian')).toBe('7 Nov 15:00 – 9 Nov 21:00');
  });

  it('names the day once for a window inside one day', () => {
    const window = { start: Date.UTC(1917, 10, 8, 6), end: Date.UTC(1917, 10, 8, 12) };
    expect(describeWindow(window, 'gregorian')).toBe('8 Nov, 06:00–12:00');
  });

  it('reads each end to the nearest minute, as the link writes it', () => {
    const window = {
      start: Date.UTC(1917, 10, 7, 17, 8, 40),
      end: Date.UTC(1917, 10, 8, 23, 59, 31),
    };
    expect(describeWindow(window, 'gregorian')).toBe('7 Nov 17:09 – 9 Nov 00:00');
  });

  it('uses the Old Style date when the Julian calendar is primary', () => {
    const window = { start: Date.UTC(1917, 10, 8, 6), end: Date.UTC(1917, 10, 8, 12) };
    expect(describeWindow(window, 'julian')).toBe('26 Oct O.S., 06:00–12:00');
  });
});
