/**
 * The visible window in short words for the controls: "7 Nov 15:00 – 9 Nov 21:00"
 * (primary calendar), "8 Nov 06:00–12:00" within a day.
 */
import type { Calendar } from '../calendar/julianDay';
import { floatingDayKey } from '../time/floating';
import { shortDayLabel } from '../time/describeDate';
import { clockLabel } from './ticks';
import { toWholeMinute, type TimeWindow } from './window';

export function describeWindow(window: TimeWindow, primary: Calendar): string {
  // To the nearest minute, as the link writes the window: the two say the same.
  const start = toWholeMinute(window.start);
  const end = toWholeMinute(window.end);
  const startDay = shortDayLabel(floatingDayKey(start), primary);
  const endDay = shortDayLabel(floatingDayKey(end), primary);
  const from = clockLabel(start);
  const to = clockLabel(end);
  if (startDay === endDay) return `${startDay}, ${from}–${to}`;
  return `${startDay} ${from} – ${endDay} ${to}`;
}
