/**
 * How finely a curated date is known, read from what the curator wrote (its time,
 * part of day and own window): for words, never stored in events.json.
 */
import { startOfFloatingDay } from '../time/floating';
import { readFloating } from './eventSpan';
import type { EventDate } from './types';

/** `minute` a clock time, `part-of-day` a few hours, `day` one day, `days` several. */
export type DatePrecision = 'minute' | 'part-of-day' | 'day' | 'days';

const MINUTE = 60_000;

type DateFields = Pick<EventDate, 'time' | 'partOfDay' | 'own' | 'shape'>;

/**
 * The first and last day the own window touches, as floating midnights: an
 * instant's up to its latest moment, a span's up to the minute before its latest
 * (exclusive) end.
 */
export function ownDays(date: Pick<EventDate, 'own' | 'shape'>): { first: number; last: number } {
  const start = readFloating(date.own.start.earliest);
  const lastMoment =
    date.shape === 'instant'
      ? readFloating(date.own.start.latest)
      : Math.max(start, readFloating(date.own.end.latest) - MINUTE);
  return { first: startOfFloatingDay(start), last: startOfFloatingDay(lastMoment) };
}

export function datePrecision(date: DateFields): DatePrecision {
  if (date.time !== undefined) return 'minute';
  if (date.partOfDay !== undefined) return 'part-of-day';
  const { first, last } = ownDays(date);
  return first === last ? 'day' : 'days';
}
