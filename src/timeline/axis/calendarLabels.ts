/**
 * Two-calendar day labels for the axis: "8 Nov" over "26 Oct O.S.", or with the
 * Julian calendar first, "26 Oct O.S." over "8 Nov N.S.". The wording comes from
 * `src/lib/time/describeDate.ts`, so the axis and the details panel agree.
 */
import { floatingDayKey } from '../../lib/time/floating';
import { DAY } from '../view/window';
import { weekdayOf } from '../../lib/time/names';
import type { Calendar } from '../../lib/calendar/julianDay';
import { describeDay, shortDayLabel } from '../../lib/time/describeDate';

export interface DayLabels {
  /** The day in the primary calendar: `8 Nov`, or `26 Oct O.S.` when Julian is primary. */
  primary: string;
  /** The same day in the other calendar, marked with its style: `26 Oct O.S.` or `8 Nov N.S.`. */
  secondary: string;
  /** The weekday, the same in both calendars: `Thu`. */
  weekday: string;
  /** The day in words: `8 November 1917 (26 October O.S.)`. */
  spoken: string;
}

/** Labels for the day that contains `time` (UTC-axis milliseconds). */
export function dayLabels(time: number, primary: Calendar): DayLabels {
  // The axis asks for every day on screen on every zoom frame; the words for a day never
  // change, so each is worked out once (and the few thousand days a corpus spans at most
  // stay small).
  // Floating days are whole UTC-axis days, so the day's start names it.
  const cacheKey = `${primary}:${Math.floor(time / DAY)}`;
  const cached = labelCache.get(cacheKey);
  if (cached) return cached;
  if (labelCache.size > 5000) labelCache.clear();
  const labels = labelsOfDay(time, primary);
  labelCache.set(cacheKey, labels);
  return labels;
}

const labelCache = new Map<string, Readonly<DayLabels>>();

function labelsOfDay(time: number, primary: Calendar): DayLabels {
  const key = floatingDayKey(time);
  const secondary =
    primary === 'julian' ? `${shortDayLabel(key, 'gregorian')} N.S.` : shortDayLabel(key, 'julian');
  return {
    primary: shortDayLabel(key, primary),
    secondary,
    weekday: weekdayOf(time, 'short'),
    spoken: describeDay(key, primary),
  };
}
