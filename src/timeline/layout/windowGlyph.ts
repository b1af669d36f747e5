/**
 * What a mark draws inside its box to say how the date is known, as fractions of the
 * box (0 at the window's earliest start, 1 at its latest end), so the HTML marks and
 * the canvas place the same parts whatever the zoom, and each event's parts are worked
 * out once, not on every frame.
 *
 * - `point`: an instant known to the minute.
 * - `duration`: a span whose start and end are known: a solid bar.
 * - `uncertain-span`: a span with an uncertain end or start: solid over what it surely
 *   covers (`start.latest` → `end.earliest`), fading over what it may cover.
 * - `window`: an instant known only to a window: brackets and a faint band over where
 *   it may lie, never a solid bar; the best estimate, when a source gives one, a dot.
 *
 * Readings (witnesses that disagree) are drawn as thin ticks above the box, each over
 * its own window; they may reach outside it.
 */
import { parseFloating } from '../../lib/time/floating';
import type { DateWindow, PartOfDay, TimelineEvent } from '../../lib/events/types';

export type GlyphKind = 'point' | 'duration' | 'uncertain-span' | 'window';

/** A stretch of the mark's box, `from <= to`, as fractions of it. */
export interface GlyphStretch {
  from: number;
  to: number;
}

export interface WindowGlyph {
  kind: GlyphKind;
  /** What the event surely covers (a span's `start.latest` → `end.earliest`); null when nothing is sure. */
  sure: GlyphStretch | null;
  /** The best estimate: a point (`from === to`) for a time, a stretch for a part of day. */
  estimate: GlyphStretch | null;
  /** Each reading's own window, in the order of `date.readings`; none for a point. */
  readings: GlyphStretch[];
  /** Whether the date is approximate (`~`) or uncertain (`?`): a point is drawn hollow. */
  qualified: boolean;
}

/** The hours of each part of day, as the extractor reads them (`resolveEventDate.ts`). */
const PART_OF_DAY_HOURS: Record<PartOfDay, [number, number]> = {
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [0, 6],
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function hull(window: DateWindow): [number, number] {
  const start = parseFloating(window.start.earliest);
  return [start, Math.max(start, parseFloating(window.end.latest))];
}

/** The glyph of an event's tightened window (pure; see `glyphOf` for the kept one). */
export function windowGlyph(date: TimelineEvent['date']): WindowGlyph {
  const { window } = date;
  const [from, to] = hull(window);
  const length = to - from;
  const at = (ms: number) => (length > 0 ? (ms - from) / length : 0.5);
  const stretch = (a: number, b: number): GlyphStretch => ({ from: at(a), to: at(Math.max(a, b)) });
  const startLatest = parseFloating(window.start.latest);
  const endEarliest = parseFloating(window.end.earliest);

  let kind: GlyphKind;
  let sure: GlyphStretch | null = null;
  if (length === 0) kind = 'point';
  else if (date.shape === 'instant') kind = 'window';
  else if (from === startLatest && endEarliest === to) {
    kind = 'duration';
    sure = { from: 0, to: 1 };
  } else {
    kind = 'uncertain-span';
    sure = startLatest < endEarliest ? stretch(startLatest, endEarliest) : null;
  }

  let estimate: GlyphStretch | null = null;
  if (date.estimate && kind !== 'point') {
    // On the day the own window starts, as the extractor places it.
    const day = Math.floor(parseFloating(date.own.start.earliest) / DAY) * DAY;
    const { time, partOfDay } = date.estimate;
    if (time !== undefined) {
      const [hours, minutes] = time.split(':').map(Number);
      const moment = day + (hours! * 60 + minutes!) * MINUTE;
      estimate = stretch(moment, moment);
    } else if (partOfDay !== undefined) {
      const [first, last] = PART_OF_DAY_HOURS[partOfDay];
      // Clipped to the window: the estimate says where inside it, never beyond.
      estimate = stretch(
        Math.max(from, day + first * 60 * MINUTE),
        Math.min(to, day + last * 60 * MINUTE),
      );
    }
  }

  // A point has no length to place them against: its readings are told in words only.
  const readings = (kind === 'point' ? [] : date.readings).map((reading) => {
    const [a, b] = hull(reading.window);
    return stretch(a, b);
  });
  return { kind, sure, estimate, readings, qualified: date.approximate || date.uncertain };
}

const kept = new WeakMap<TimelineEvent, WindowGlyph>();

/**
 * The event's glyph, worked out once per event object: a frame asks for the few hundred
 * marks it draws, and the event's window does not change with the zoom.
 */
export function glyphOf(event: TimelineEvent): WindowGlyph {
  let glyph = kept.get(event);
  if (!glyph) {
    glyph = windowGlyph(event.date);
    kept.set(event, glyph);
  }
  return glyph;
}

/**
 * Where an uncertain span's colour changes, for the HTML mark's gradient and the
 * canvas's alike: faint at an uncertain edge, rising to solid where the event surely
 * goes on (as the chance that it has begun rises), falling again towards its latest
 * end. With nothing sure the band stays faint throughout.
 */
export function fadeStops(sure: GlyphStretch | null): { at: number; solid: boolean }[] {
  if (!sure)
    return [
      { at: 0, solid: false },
      { at: 1, solid: false },
    ];
  return [
    { at: 0, solid: false },
    { at: sure.from, solid: true },
    { at: sure.to, solid: true },
    { at: 1, solid: false },
  ];
}
