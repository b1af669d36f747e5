import { utc } from '@date-fns/utc';
import { addDays, format, getDay, parseISO } from 'date-fns';
import { floatingDayKey } from '../../../lib/time/floating';

/**
 * `YYYY-MM-DD` for a Gregorian day, months 1-based. (Written from its fields: date-fns's
 * `format`, which reads the pattern afresh each call, was a tenth of tagging a book.)
 */
export function dayKey(year: number, month: number, day: number): string {
  return floatingDayKey(Date.UTC(year, month - 1, day));
}

/** The day `offset` days after `key`, on the UTC axis so no local zone can shift it. */
export function shiftDayKey(key: string, offset: number): string {
  return format(addDays(parseISO(key, { in: utc }), offset), 'yyyy-MM-dd');
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayKey(key: string): number {
  return getDay(parseISO(key, { in: utc }));
}
