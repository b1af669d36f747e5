/**
 * The days of the data, what happened on each, and how an event sits in its day.
 * Times go through `src/lib/time/floating.ts` on the UTC axis, never local Dates.
 */
import {
  addFloatingDays,
  floatingDayKey,
  parseFloating,
  startOfFloatingDay,
} from '../time/floating';
import { countEvents } from '../people-places/peoplePlacesIndex';
import { weekdayOf } from '../time/names';
import { datePrecision } from './datePrecision';
import { eventSpan } from './eventSpan';
import { EventSpans } from './eventSpans';
import type { PartOfDay, TimelineEvent } from './types';

/** One calendar day, `[start, end)` on the UTC axis. */
export interface DaySpan {
  /** `1917-11-09`, Gregorian. */
  key: string;
  start: number;
  end: number;
}

/** A day with the events that touch it, in time order. */
export interface DaySummary extends DaySpan {
  events: TimelineEvent[];
  /**
   * How many of `events` began on an earlier day and run on into this one. A span is
   * counted on every day it touches, so the days' counts add up to more than the events
   * shown; without these, they add up to exactly that.
   */
  continuing: number;
}

const spanOf = eventSpan;

/** Whether an event touches the day: an instant lies in it, a span overlaps it. */
export function touchesDay(event: TimelineEvent, day: DaySpan): boolean {
  const { start, end } = spanOf(event);
  if (end <= start) return start >= day.start && start < day.end;
  return start < day.end && end > day.start;
}

/** The day with this key. */
export function daySpan(key: string): DaySpan {
  const start = parseFloating(key);
  return { key, start, end: addFloatingDays(start, 1) };
}

/** Every day from the first event's start to the last event's end, gaps included. */
export function daysOfEvents(events: readonly TimelineEvent[]): DaySpan[] {
  if (events.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const { start, end } = spanOf(event);
    first = Math.min(first, start);
    // The end is exclusive: a span that ends at midnight does not reach the next day.
    last = Math.max(last, end > start ? end - 1 : start);
  }
  return daysBetween(first, last);
}

/** Every day from `first` to `last` (both on the UTC axis, `last` inclusive). */
function daysBetween(first: number, last: number): DaySpan[] {
  const days: DaySpan[] = [];
  for (let day = startOfFloatingDay(first); day <= last; day = addFloatingDays(day, 1)) {
    days.push(daySpan(floatingDayKey(day)));
  }
  return days;
}

/** The index of the day of `days` (in order, back to back) that holds `ms`. */
function dayIndexOf(days: readonly DaySpan[], ms: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (days[middle]!.start <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The days of all events (so the strip keeps its shape under filters) with the
 * visible events of each, in time order (the order of `all`). `spans` are the spans
 * of `all`, read once per file (`ExplorerState.spans`): each visible event is put on
 * the days from its start's to its end's, with no day tested against every event.
 * A visible event that is not one of `all` is on no day.
 */
export function summarizeDays(
  all: readonly TimelineEvent[],
  visible: readonly TimelineEvent[],
  spans: EventSpans = new EventSpans(all),
): DaySummary[] {
  if (spans.events !== all) throw new Error('summarizeDays needs the spans of all the events');
  if (all.length === 0) return [];
  const { starts, ends } = spans;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < all.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (start < first) first = start;
    // The end is exclusive: a span that ends at midnight does not reach the next day.
    const lastMoment = end > start ? end - 1 : start;
    if (lastMoment > last) last = lastMoment;
  }
  const days = daysBetween(first, last).map((day): DaySummary => ({
    ...day,
    events: [],
    continuing: 0,
  }));
  const positions =
    visible === all
      ? all.map((_, i) => i)
      : visible
          .map((event) => spans.positionOf(event.id))
          .filter((at) => at >= 0)
          .sort((a, b) => a - b);
  for (const at of positions) {
    const start = starts[at]!;
    const end = ends[at]!;
    const event = all[at]!;
    const firstDay = dayIndexOf(days, start);
    days[firstDay]!.events.push(event);
    // A span runs on into each later day it overlaps (its end is exclusive); an instant does not.
    for (let i = firstDay + 1; i < days.length && days[i]!.start < end; i++) {
      days[i]!.events.push(event);
      days[i]!.continuing++;
    }
  }
  return days;
}

/**
 * A day's count as its card says it: "6 events", and "4 continuing from before" when
 * some began on an earlier day (the reason the days add up to more than the events shown).
 */
export function describeDayCount(day: Pick<DaySummary, 'events' | 'continuing'>): {
  count: string;
  continuing: string | null;
} {
  return {
    count: countEvents(day.events.length),
    // Not "from earlier": a voice-control user who says "click Earlier" means the
    // timeline's pan button, and every card would answer too.
    continuing: day.continuing > 0 ? `${day.continuing} continuing from before` : null,
  };
}

/**
 * The day a window is looking at: the one holding the window's centre, as long as
 * the window is not much wider than a day. Null when zoomed out over several days.
 */
export function dayInWindow(
  window: { start: number; end: number } | null,
  days: readonly DaySpan[],
): DaySpan | null {
  if (!window) return null;
  const span = window.end - window.start;
  const centre = window.start + span / 2;
  const day = days.find((d) => centre >= d.start && centre < d.end);
  return day && span <= 1.5 * (day.end - day.start) ? day : null;
}

/** "Friday": the day of the week, the same in both calendars. */
export function weekdayName(key: string): string {
  return weekdayOf(parseFloating(key), 'long');
}

const PART_OF_DAY: Record<PartOfDay, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  night: 'Night',
};

/**
 * When in the day an event happened, for a list of one day's events: "22:40",
 * "Morning", "At some time this day" (an instant whose hour is not known), "Within
 * this day" (a span), "About this day", "Over several days" or "From the day before".
 * Never "all day": a date known to the day says when, not how long.
 */
export function timeInDay(event: TimelineEvent, day: DaySpan): string {
  const { date } = event;
  const { start } = spanOf(event);
  const about = date.approximate || date.uncertain;
  const precision = datePrecision(date);
  if (precision === 'minute' && date.time) return about ? `About ${date.time}` : date.time;
  if (precision === 'part-of-day' && date.partOfDay) {
    const part = PART_OF_DAY[date.partOfDay];
    return start < day.start ? `${part}, from the day before` : part;
  }
  if (precision === 'days') return 'Over several days';
  if (about) return 'About this day';
  return date.shape === 'instant' ? 'At some time this day' : 'Within this day';
}
