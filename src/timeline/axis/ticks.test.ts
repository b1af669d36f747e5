import { describe, expect, it } from 'vitest';
import { buildAxis, chooseTickLevel, clockLabel, dayLabelX } from './ticks';
import { DAY, HOUR, MINUTE, WEEK } from '../view/window';

const story = { start: Date.UTC(1917, 10, 7), end: Date.UTC(1917, 10, 10) };

describe('chooseTickLevel', () => {
  it('goes from weeks to days to parts of the day to hours to minutes as the window narrows', () => {
    expect(chooseTickLevel(6 * WEEK, 1000)).toBe('week');
    expect(chooseTickLevel(8 * DAY, 1000)).toBe('day');
    expect(chooseTickLevel(3 * DAY, 1000)).toBe('part-of-day');
    expect(chooseTickLevel(DAY, 1000)).toBe('hour');
    expect(chooseTickLevel(6 * HOUR, 1000)).toBe('minute');
  });

  it('is coarser on a narrow screen for the same window', () => {
    expect(chooseTickLevel(3 * DAY, 375)).toBe('day');
    expect(chooseTickLevel(3 * DAY, 1440)).toBe('hour');
  });
});

describe('buildAxis', () => {
  it('labels each day in both calendars, Gregorian large', () => {
    const axis = buildAxis(story, 1000, 'gregorian');
    expect(axis.days.map((d) => [d.primary, d.secondary])).toEqual([
      ['7 Nov', '25 Oct O.S.'],
      ['8 Nov', '26 Oct O.S.'],
      ['9 Nov', '27 Oct O.S.'],
    ]);
    expect(axis.days[1]!.weekday).toBe('Thu');
  });

  it('puts the Old Style date first when the Julian calendar is primary', () => {
    const axis = buildAxis(story, 1000, 'julian');
    expect(axis.days[1]).toMatchObject({ primary: '26 Oct O.S.', secondary: '8 Nov N.S.' });
  });

  it('gives six-hour clock ticks for three days on a wide screen, never at midnight', () => {
    const axis = buildAxis(story, 1000, 'gregorian');
    expect(axis.level).toBe('part-of-day');
    expect(axis.times.slice(0, 3).map((t) => t.label)).toEqual(['06:00', '12:00', '18:00']);
    expect(axis.times.every((t) => t.time % DAY !== 0)).toBe(true);
  });

  it('gives hourly ticks for a six-hour window at 375 px', () => {
    const night = { start: Date.UTC(1917, 10, 7, 21), end: Date.UTC(1917, 10, 8, 3) };
    const axis = buildAxis(night, 375, 'gregorian');
    expect(axis.level).toBe('hour');
    expect(axis.times.map((t) => t.label)).toEqual(['21:00', '22:00', '23:00', '01:00', '02:00']);
    expect(axis.days.map((d) => d.primary)).toEqual(['7 Nov', '8 Nov']);
  });

  it('labels Mondays and leaves days unlabelled at the week level', () => {
    const axis = buildAxis(
      { start: Date.UTC(1917, 9, 15), end: Date.UTC(1917, 10, 26) },
      800,
      'gregorian',
    );
    expect(axis.level).toBe('week');
    expect(axis.weeks.map((w) => w.primary)).toContain('5 Nov');
    expect(axis.weeks.every((w) => new Date(w.start).getUTCDay() === 1)).toBe(true);
    expect(axis.times).toEqual([]);
  });

  it('has minute ticks for the narrowest window', () => {
    const axis = buildAxis(
      { start: Date.UTC(1917, 10, 7, 22), end: Date.UTC(1917, 10, 7, 22, 30) },
      1000,
      'gregorian',
    );
    expect(axis.level).toBe('minute');
    expect(axis.stepMs).toBe(5 * MINUTE);
    expect(axis.times.map((t) => t.label)).toEqual([
      '22:00',
      '22:05',
      '22:10',
      '22:15',
      '22:20',
      '22:25',
    ]);
  });
});

describe('clockLabel', () => {
  it('writes the UTC-axis time as a 24-hour clock', () => {
    expect(clockLabel(Date.UTC(1917, 10, 7, 22, 40))).toBe('22:40');
    expect(clockLabel(Date.UTC(1917, 10, 8, 6, 5))).toBe('06:05');
  });
});

describe('dayLabelX', () => {
  it('centres the label in a day that is wholly on screen', () => {
    expect(dayLabelX(100, 300, 1000, 60)).toBe(200);
  });

  it('centres it in the visible part of a day that runs off the left edge', () => {
    expect(dayLabelX(-500, 300, 1000, 60)).toBe(150);
  });

  it('follows the day as it slides out of view', () => {
    expect(dayLabelX(-500, 60, 1000, 40)).toBe(30);
  });

  it('is null when too little of the day shows to hold the label', () => {
    expect(dayLabelX(-500, 30, 1000, 60)).toBeNull();
  });
});
