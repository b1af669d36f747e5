/**
 * Axis ticks that adapt to the zoom: weeks, then days, then parts of the day (six
 * hours), then hours, then minutes. Days are labelled in both calendars; the finer
 * ticks carry clock times, which the two calendars share.
 */
import type { Calendar } from '../../lib/calendar/julianDay';
import { utcDay, utcHour, utcMinute, utcMonday, type TimeInterval } from 'd3-time';
import { dayLabels, type DayLabels } from './calendarLabels';
import { DAY, HOUR, MINUTE, type TimeWindow } from '../view/window';

/** How fine the axis is: the unit of its finest labelled tick. */
export type TickLevel = 'week' | 'day' | 'part-of-day' | 'hour' | 'minute';

/** A day on the axis: its gridlines sit at `start` and `end`. */
export interface AxisDay extends DayLabels {
  start: number;
  end: number;
}

/** A clock-time tick inside a day. */
export interface TimeTick {
  time: number;
  /** `18:00`. */
  label: string;
}

export interface AxisModel {
  level: TickLevel;
  /** Every day that touches the window, for gridlines; labelled unless `level` is `week`. */
  days: AxisDay[];
  /** Week starts (Mondays), labelled, at the `week` level only. */
  weeks: AxisDay[];
  /** Clock-time ticks, below the `day` level only; never at midnight, which is a day boundary. */
  times: TimeTick[];
  /** Milliseconds between neighbouring `times`, or one day or week. */
  stepMs: number;
}

/** The narrowest a day may be drawn and still carry its two-calendar label. */
export const MIN_DAY_LABEL_PX = 76;
/** The narrowest gap between two clock-time labels ("18:00" plus air). */
export const MIN_TIME_LABEL_PX = 52;

/** Clock-time steps from coarse to fine, with the level each one stands for. */
const TIME_STEPS: readonly { ms: number; level: TickLevel; interval: TimeInterval }[] = [
  { ms: 6 * HOUR, level: 'part-of-day', interval: utcHour.every(6)! },
  { ms: 3 * HOUR, level: 'hour', interval: utcHour.every(3)! },
  { ms: HOUR, level: 'hour', interval: utcHour },
  { ms: 30 * MINUTE, level: 'minute', interval: utcMinute.every(30)! },
  { ms: 15 * MINUTE, level: 'minute', interval: utcMinute.every(15)! },
  { ms: 5 * MINUTE, level: 'minute', interval: utcMinute.every(5)! },
];

/** The finest clock step whose labels fit, or `null` when days are as fine as the axis goes. */
function chooseTimeStep(msPerPx: number) {
  let chosen: (typeof TIME_STEPS)[number] | null = null;
  for (const step of TIME_STEPS) if (step.ms / msPerPx >= MIN_TIME_LABEL_PX) chosen = step;
  return chosen;
}

/** Which level a window of `spanMs` drawn `widthPx` wide gets. */
export function chooseTickLevel(spanMs: number, widthPx: number): TickLevel {
  const msPerPx = spanMs / Math.max(widthPx, 1);
  if (DAY / msPerPx < MIN_DAY_LABEL_PX) return 'week';
  return chooseTimeStep(msPerPx)?.level ?? 'day';
}

/** Formats a UTC-axis time as a 24-hour clock, `07:30`. */
export function clockLabel(time: number): string {
  const date = new Date(time);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** The ticks for `window` drawn `widthPx` wide, labelled with `primary` as the large calendar. */
export function buildAxis(window: TimeWindow, widthPx: number, primary: Calendar): AxisModel {
  const span = window.end - window.start;
  const msPerPx = span / Math.max(widthPx, 1);
  const level = chooseTickLevel(span, widthPx);
  const toDay = (start: number): AxisDay => ({
    start,
    end: start + DAY,
    ...dayLabels(start, primary),
  });

  const firstDay = utcDay.floor(new Date(window.start));
  const days = utcDay.range(firstDay, new Date(window.end)).map((d) => toDay(d.getTime()));
  if (level === 'week') {
    const weeks = utcMonday
      .range(utcMonday.floor(new Date(window.start)), new Date(window.end))
      .map((d) => toDay(d.getTime()));
    return { level, days, weeks, times: [], stepMs: 7 * DAY };
  }
  const step = chooseTimeStep(msPerPx);
  if (!step) return { level, days, weeks: [], times: [], stepMs: DAY };
  const times = step.interval
    .range(new Date(window.start), new Date(window.end))
    .map((d) => d.getTime())
    .filter((t) => t % DAY !== 0)
    .map((time) => ({ time, label: clockLabel(time) }));
  return { level, days, weeks: [], times, stepMs: step.ms };
}

/**
 * Where to centre a day's label: the middle of the part of the day that is on screen,
 * kept inside both the day and the view, so the label of a day that fills the view
 * stays readable. Null when too little of the day shows to hold the label.
 */
export function dayLabelX(
  dayStartPx: number,
  dayEndPx: number,
  viewWidth: number,
  labelWidth: number,
): number | null {
  const half = labelWidth / 2;
  const lo = Math.max(dayStartPx, 0) + half + 4;
  const hi = Math.min(dayEndPx, viewWidth) - half - 4;
  if (lo > hi) return null;
  const centre = (Math.max(dayStartPx, 0) + Math.min(dayEndPx, viewWidth)) / 2;
  return Math.min(Math.max(centre, lo), hi);
}
