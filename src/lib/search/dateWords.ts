/**
 * An event's date in the words a reader might search for: each day it touches in
 * both calendars with its weekday ("Thursday 8 November 1917 (26 October O.S.)"),
 * and the date as the details write it ("evening of 7 November 1917 …", "22:40, …").
 */
import type { EventDate, TimelineEvent } from '../events/types';
import { describeDay, describeEventDate } from '../time/describeDate';
import {
  addFloatingDays,
  floatingDayKey,
  parseFloating,
  startOfFloatingDay,
} from '../time/floating';
import { weekdayOf } from '../time/names';

/** More days than this are a span no reader looks up day by day (and a bad file's decades). */
const MAX_DAYS = 62;

/** Looks a value up, or makes and keeps it. */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * A function giving an event's date words, one line per day it touches and then the
 * date in the details' words. It keeps what it has written: a file has few days and
 * few distinct dates against many events, and each date in words costs about a tenth
 * of a millisecond of Intl formatting, seconds for 100,000 events.
 */
export function dateWordsWriter(): (event: Pick<TimelineEvent, 'date'>) => string[] {
  const days = new Map<string, string>();
  const dates = new Map<string, string[]>();
  const dayLine = (day: number) => {
    const key = floatingDayKey(day);
    return memo(days, key, () => `${weekdayOf(day, 'long')} ${describeDay(key, 'gregorian')}`);
  };
  const write = (date: EventDate) => {
    // Every day the window may touch, as the timeline draws it.
    const start = parseFloating(date.window.start.earliest);
    const end = parseFloating(date.window.end.latest);
    // A span's end is exclusive: one that ends at midnight does not touch the next day.
    const last = date.shape === 'span' && end > start ? end - 1 : end;
    const lines: string[] = [];
    for (
      let day = startOfFloatingDay(start);
      day <= last && lines.length < MAX_DAYS;
      day = addFloatingDays(day, 1)
    ) {
      lines.push(dayLine(day));
    }
    lines.push(describeEventDate(date, { primary: 'gregorian' }));
    return lines;
  };
  return ({ date }) => {
    // What the day lines and describeEventDate read of a date.
    const key = [
      date.window.start.earliest,
      date.window.end.latest,
      date.own.start.earliest,
      date.own.start.latest,
      date.own.end.latest,
      date.shape,
      date.time,
      date.partOfDay,
      date.approximate,
      date.uncertain,
    ].join('|');
    return memo(dates, key, () => write(date));
  };
}

/** An event's date words (see `dateWordsWriter`), for one event. */
export function searchableDateWords(event: Pick<TimelineEvent, 'date'>): string[] {
  return dateWordsWriter()(event);
}
