/**
 * The solver's unit: whole minutes on the floating axis (minutes since
 * 1970-01-01T00:00, Gregorian, no zone), and back to the ISO strings of events.json.
 */
import type { DateWindow } from '../events/types';
import { formatFloating, parseFloating } from '../time/floating';
import type { MinuteWindow } from './solveChronology';

export const MINUTES_PER_DAY = 24 * 60;

/** `1917-11-08T22:40` → minutes. */
export function isoToMinutes(iso: string): number {
  return parseFloating(iso) / 60_000;
}

/** Minutes → `1917-11-08T22:40`. */
export function minutesToIso(minutes: number): string {
  return formatFloating(minutes * 60_000);
}

/** A window in minutes as events.json writes it; every bound must be finite. */
export function windowToIso(window: MinuteWindow): DateWindow {
  return {
    start: {
      earliest: minutesToIso(window.start.earliest),
      latest: minutesToIso(window.start.latest),
    },
    end: { earliest: minutesToIso(window.end.earliest), latest: minutesToIso(window.end.latest) },
  };
}
