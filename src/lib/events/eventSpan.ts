/**
 * An event's span on the floating UTC axis, read from events.json's ISO strings: the
 * one reader of them for the app. The explorer reads every event's span once per file
 * (`ExplorerState.spans`) and the timeline takes them from there.
 *
 * The span is the tightened window's hull, `[window.start.earliest, window.end.latest]`:
 * where the event may lie, not how long it lasted (an instant at some time on a day
 * spans the day).
 */
import type { TimeWindow } from '../../timeline/view/window';
import { parseFloating } from '../time/floating';
import type { EventDate } from './types';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits of `text` in `[from, to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds on the UTC axis for a `YYYY-MM-DDTHH:MM` of a real date from year 100
 * on, read digit by digit (a hundred thousand events in milliseconds instead of
 * seconds with date-fns); NaN for anything else, which `parseFloating` reads or
 * explains.
 */
export function readMinuteIso(iso: string): number {
  if (iso.length === 16 && iso[4] === '-' && iso[7] === '-' && iso[10] === 'T' && iso[13] === ':') {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    const hour = digits(iso, 11, 13);
    const minute = digits(iso, 14, 16);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (
      year >= 100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0) &&
      hour >= 0 &&
      hour < 24 &&
      minute >= 0 &&
      minute < 60
    )
      return Date.UTC(year, month - 1, day, hour, minute);
  }
  return NaN;
}

/** `parseFloating`, by `readMinuteIso` for the `YYYY-MM-DDTHH:MM` that events.json holds. */
export function readFloating(iso: string): number {
  const ms = readMinuteIso(iso);
  return Number.isNaN(ms) ? parseFloating(iso) : ms;
}

/**
 * Where the event may lie on the UTC axis: from its window's earliest start to its
 * latest end; an instant known to the minute has `start === end`.
 */
export function eventSpan(event: { date: Pick<EventDate, 'window'> }): TimeWindow {
  const { window } = event.date;
  const start = readFloating(window.start.earliest);
  const end = readFloating(window.end.latest);
  return { start, end: Math.max(start, end) };
}

/** The window's four bounds on the UTC axis, read as `eventSpan` reads them. */
export function eventWindow(event: { date: Pick<EventDate, 'window'> }): {
  start: { earliest: number; latest: number };
  end: { earliest: number; latest: number };
} {
  const { window } = event.date;
  return {
    start: {
      earliest: readFloating(window.start.earliest),
      latest: readFloating(window.start.latest),
    },
    end: { earliest: readFloating(window.end.earliest), latest: readFloating(window.end.latest) },
  };
}

/**
 * Whether the event is an instant whose moment is not known to the minute: its mark
 * shows where it may lie, not that it lasted.
 */
export function isWindowedInstant(event: { date: Pick<EventDate, 'shape' | 'window'> }): boolean {
  const { shape, window } = event.date;
  return shape === 'instant' && window.start.earliest !== window.start.latest;
}
