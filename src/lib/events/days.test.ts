import { describe, expect, it } from 'vitest';
import {
  dayInWindow,
  daySpan,
  daysOfEvents,
  describeDayCount,
  summarizeDays,
  timeInDay,
  touchesDay,
  weekdayName,
} from './days';
import { sampleEvent, sampleFile } from './fixtures/sampleEvents';
import { eventSpan } from './eventSpan';
import type { TimelineEvent } from './types';
import { formatFloating } from '../time/floating';
import fc from 'fast-check';

const all = sampleFile.events;
const HOUR = 3_600_000;

describe('daysOfEvents', () => {
  it('finds 7, 8 and 9 November 1917 in the sample', () => {
    expect(daysOfEvents(all).map((d) => d.key)).toEqual(['1917-11-07', '1917-11-08', '1917-11-09']);
  });

  it('gives each day its span on the UTC axis', () => {
    expect(daySpan('1917-11-09')).toEqual({
      key: '1917-11-09',
      start: Date.UTC(1917, 10, 9),
      end: Date.UTC(1917, 10, 10),
    });
  });

  it('has no days without events', () => {
    expect(daysOfEvents([])).toEqual([]);
  });
});

describe('touchesDay', () => {
  it('counts an instant on its own day only', () => {
    const congress = sampleEvent('congress-opens');
    expect(touchesDay(congress, daySpan('1917-11-07'))).toBe(true);
    expect(touchesDay(congress, daySpan('1917-11-08'))).toBe(false);
  });

  it('counts a span on every day it overlaps, but not the day its exclusive end falls on', () => {
    const palace = sampleEvent('winter-palace-stormed');
    expect(touchesDay(palace, daySpan('1917-11-08'))).toBe(true);
    const telegram = sampleEvent('krasnov-telegram');
    expect(touchesDay(telegram, daySpan('1917-11-10'))).toBe(false);
  });
});

describe('summarizeDays', () => {
  it('lists the visible events of each day in time order', () => {
    const days = summarizeDays(all, all);
    expect(days.map((d) => d.events.length)).toEqual([2, 7, 3]);
    // The telegram comes after the occupation it follows, as in the file.
    expect(days[2]!.events.map((e) => e.id)).toEqual([
      'delegates-offer-support',
      'gatchina-reached',
      'krasnov-telegram',
    ]);
  });

  it('counts on each day the events that began on an earlier day and run on into it', () => {
    const days = summarizeDays(all, all);
    expect(days.map((d) => d.continuing)).toEqual([0, 1, 1]);
    const beganBefore = (e: (typeof all)[number]) => e.date.window.start.earliest < '1917-11-08';
    expect(days[1]!.events.filter(beganBefore).map((e) => e.id)).toEqual(['winter-palace-stormed']);
  });

  it('adds up to the events shown once the continuing ones are left out', () => {
    const days = summarizeDays(all, all);
    const counted = days.reduce((sum, d) => sum + d.events.length, 0);
    expect(counted).toBeGreaterThan(all.length);
    expect(days.reduce((sum, d) => sum + d.events.length - d.continuing, 0)).toBe(all.length);
  });

  it('keeps every day of the data when filters leave a day empty', () => {
    const visible = all.filter((e) => e.places.includes('gatchina'));
    expect(summarizeDays(all, visible).map((d) => [d.key, d.events.length])).toEqual([
      ['1917-11-07', 0],
      ['1917-11-08', 0],
      ['1917-11-09', 1],
    ]);
  });
});

describe('summarizeDays, for any events and filters', () => {
  const MINUTE = 60_000;
  const FIRST = Date.UTC(1917, 10, 5);
  /** An event of the sample moved to `[start, end]` (minutes after 5 November 1917, 00:00). */
  const movedTo = (i: number, start: number, end: number): TimelineEvent => {
    const base = all[i % all.length]!;
    const iso = (minutes: number) => formatFloating(FIRST + minutes * MINUTE);
    const window = {
      start: { earliest: iso(start), latest: iso(start) },
      end: { earliest: iso(end), latest: iso(end) },
    };
    return { ...base, id: `event-${i}`, date: { ...base.date, window, own: window } };
  };
  // Midnights often: a span that ends at one does not reach the next day.
  const minutes = fc.oneof(
    fc.integer({ min: 0, max: 6 * 24 * 60 }),
    fc.integer({ min: 0, max: 6 }).map((days) => days * 24 * 60),
  );
  const events = fc
    .array(fc.tuple(minutes, fc.oneof(fc.constant(0), minutes)), { minLength: 1, maxLength: 25 })
    .map((pairs) => pairs.map(([start, length], i) => movedTo(i, start, start + length)));

  it('puts each visible event on exactly the days it touches, in the order of the file', () => {
    fc.assert(
      fc.property(
        events.chain((file) => fc.tuple(fc.constant(file), fc.shuffledSubarray(file))),
        ([file, visible]) => {
          const days = summarizeDays(file, visible);
          // Every day from the first event's to the last one's, each touched as touchesDay says.
          expect(days.map((d) => d.key)).toEqual(daysOfEvents(file).map((d) => d.key));
          for (const day of days) {
            const touching = file.filter((e) => visible.includes(e) && touchesDay(e, day));
            expect(day.events.map((e) => e.id)).toEqual(touching.map((e) => e.id));
            const fromBefore = touching.filter((event) => eventSpan(event).start < day.start);
            expect(day.continuing).toBe(fromBefore.length);
          }
        },
      ),
    );
  });
});

describe('describeDayCount', () => {
  it('gives the count alone when every event began on the day', () => {
    const none = { continuing: null };
    expect(describeDayCount({ events: all.slice(0, 3), continuing: 0 })).toEqual({
      count: '3 events',
      ...none,
    });
    expect(describeDayCount({ events: all.slice(0, 1), continuing: 0 })).toEqual({
      count: '1 event',
      ...none,
    });
    expect(describeDayCount({ events: [], continuing: 0 })).toEqual({ count: '0 events', ...none });
  });

  it('says how many continue from earlier, why the days add up to more than the events', () => {
    expect(describeDayCount({ events: all.slice(0, 6), continuing: 4 })).toEqual({
      count: '6 events',
      continuing: '4 continuing from before',
    });
  });
});

describe('dayInWindow', () => {
  const days = daysOfEvents(all);

  it('finds the day a one-day window shows, even with a little padding', () => {
    const day = daySpan('1917-11-09');
    expect(dayInWindow({ start: day.start - HOUR, end: day.end + HOUR }, days)?.key).toBe(
      '1917-11-09',
    );
  });

  it('finds no day when the window covers several days or none', () => {
    const first = days[0]!;
    expect(dayInWindow({ start: first.start, end: first.start + 3 * 24 * HOUR }, days)).toBeNull();
    expect(dayInWindow(null, days)).toBeNull();
    expect(dayInWindow({ start: 0, end: HOUR }, days)).toBeNull();
  });
});

describe('weekdayName', () => {
  it('names the weekday in every time zone the tests run in', () => {
    expect(weekdayName('1917-11-07')).toBe('Wednesday');
    expect(weekdayName('1917-11-09')).toBe('Friday');
  });
});

describe('timeInDay', () => {
  it('gives the clock time, the part of day, or when in the day, never that an instant lasted all day', () => {
    const day7 = daySpan('1917-11-07');
    const day8 = daySpan('1917-11-08');
    expect(timeInDay(sampleEvent('congress-opens'), day7)).toBe('22:40');
    expect(timeInDay(sampleEvent('winter-palace-stormed'), day7)).toBe('Evening');
    expect(timeInDay(sampleEvent('winter-palace-stormed'), day8)).toBe(
      'Evening, from the day before',
    );
    expect(timeInDay(sampleEvent('echelons-leave-ostrov'), day8)).toBe('At some time this day');
    const dayLongSpan = sampleEvent('echelons-leave-ostrov');
    expect(timeInDay({ ...dayLongSpan, date: { ...dayLongSpan.date, shape: 'span' } }, day8)).toBe(
      'Within this day',
    );
    expect(timeInDay(sampleEvent('krasnov-briefed'), day8)).toBe('About this day');
    expect(timeInDay(sampleEvent('delegates-offer-support'), day8)).toBe('Over several days');
  });
});
