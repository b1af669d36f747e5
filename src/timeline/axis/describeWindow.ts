/**
 * The visible window in short words for the controls: "7 Nov 15:00 – 9 Nov 21:00"
 * (primary calendar), "8 Nov, 06:15–11:45" within a day.
 */
import type { Calendar } from '../../lib/calendar/julianDay';
import { floatingDayKey } from '../../lib/time/floating';
import { shortDayLabel } from '../../lib/time/describeDate';
import { clockLabel } from './ticks';
import { DAY, HOUR, MINUTE, type TimeWindow } from '../view/window';

/**
 * How finely the label reads a window of `span` ms: whole hours when it spans a day or
 * more, quarter hours when it spans an hour or more, else whole minutes. A minute is
 * less than a pixel of a window several days wide, so "19:41" there is noise, not news.
 */
export function labelStep(span: number): number {
  if (span >= DAY) return HOUR;
  if (span >= HOUR) return 15 * MINUTE;
  return MINUTE;
}

/**
 * The label reads the window at `labelStep` of its span, both ends to the nearest step
 * (the axis's times are floating wall-clock times, so a step of the UTC axis is one of
 * the clock). The link keeps whole minutes (`toWholeMinute`), and the two differ on
 * purpose: a shared link must reopen the very window its sender saw, while the label
 * is for reading, where "6 Nov 20:00" says as much as "6 Nov 19:41" and is easier to take in.
 */
export function describeWindow(window: TimeWindow, primary: Calendar): string {
  const step = labelStep(window.end - window.start);
  const start = Math.round(window.start / step) * step;
  const end = Math.round(window.end / step) * step;
  const startDay = shortDayLabel(floatingDayKey(start), primary);
  const endDay = shortDayLabel(floatingDayKey(end), primary);
  const from = clockLabel(start);
  const to = clockLabel(end);
  if (startDay === endDay) return `${startDay}, ${from}–${to}`;
  return `${startDay} ${from} – ${endDay} ${to}`;
}
