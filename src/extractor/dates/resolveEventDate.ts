/**
 * Turns a curated date (EDTF, shape, optional clock time or part of day, estimate
 * and readings) into its own window of possibility (see `docs/chronology-model.md`):
 *
 * - an instant's moment lies anywhere in what the EDTF names (a day, some day of a
 *   stretch, a set's hull, or an interval from its first day to its last);
 * - a span starts and ends within a day or stretch, or, for an interval, starts in its
 *   first day and ends in its last;
 * - `partOfDay` narrows each end to that part of its day, a `night` across two days
 *   running from 21:00 to 06:00 (`PART_OF_DAY_HOURS`, `NIGHT_ACROSS_DAYS_HOURS`);
 * - `time` fixes an instant's moment or a span's start.
 *
 * A moment (an instant, a span's start) in a day lies in its minutes 00:00–23:59; a
 * span's end is exclusive, by the next midnight. Open ends stay infinite here: the
 * extractor bounds them by the work's extent before solving the relations.
 */
import type {
  Citation,
  DateBasis,
  DateEstimate,
  DateReading,
  DateShape,
  EventDate,
  PartOfDay,
  WindowBound,
} from '../../lib/events/types';
import { MINUTES_PER_DAY, windowToIso } from '../../lib/chronology/minutes';
import type { MinuteWindow } from '../../lib/chronology/solveChronology';
import { EdtfError, readEdtf, type EdtfDays } from './readEdtf';

/** A date as the curator writes it. */
export interface EventDateInput {
  edtf: string;
  shape?: DateShape;
  time?: string;
  partOfDay?: PartOfDay;
  estimate?: DateEstimate;
  readings?: Omit<DateReading, 'window'>[];
  basis: DateBasis;
  rationale: string;
  citations: Citation[];
}

/** The curated field a date problem belongs to: `date.edtf`, `date.readings[1].time`, … */
export type DateField = string;

/** A curated date that cannot be resolved; `message` starts with the field, `reason` is the rest. */
export class DateResolutionError extends Error {
  constructor(
    readonly field: DateField,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'DateResolutionError';
  }
}

/** Hours `[from, to)` of each part of a single day. */
export const PART_OF_DAY_HOURS: Readonly<Record<PartOfDay, readonly [number, number]>> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

/** A night across two days, D/D+1: from 21:00 on D to 06:00 on D+1 ("night of 7–8 November"). */
export const NIGHT_ACROSS_DAYS_HOURS = { fromHour: 21, toHour: 6 } as const;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A curated date resolved, all but the windows the relations tighten. */
export interface ResolvedEventDate {
  date: Omit<EventDate, 'own' | 'window' | 'tightenedBy'>;
  /** What the date allows alone, in minutes; an open end is ±Infinity. */
  own: MinuteWindow;
  /** The estimate's moments `[from, to]` in minutes, when there is one. */
  estimate?: { from: number; to: number };
  /** The curated field that set each own bound, with its value, for messages: `date.time "22:40"`. */
  boundSources: Record<WindowBound, string>;
}

/** The own window of an EDTF with its shape, time and part of day, alone. */
export interface ResolvedWindow {
  shape: DateShape;
  window: MinuteWindow;
  approximate: boolean;
  uncertain: boolean;
  boundSources: Record<WindowBound, string>;
}

/**
 * Resolves a curated date: its own window, flags, estimate and readings (each reading's
 * window with the event's shape). Throws a `DateResolutionError` naming the field at fault.
 */
export function resolveEventDate(input: EventDateInput): ResolvedEventDate {
  const resolved = resolveWindow(input, 'date');
  const readings = (input.readings ?? []).map((reading, i) => {
    const field = `date.readings[${i}]`;
    const { window } = resolveWindow({ ...reading, shape: resolved.shape }, field);
    for (const bound of [window.start.earliest, window.end.latest]) {
      if (!Number.isFinite(bound)) {
        fail(
          `${field}.edtf`,
          `"${reading.edtf}" is open; a reading gives the date its source gives`,
        );
      }
    }
    return { ...reading, window: windowToIso(window) };
  });
  const estimate = input.estimate && resolveEstimate(input.estimate, resolved.window);
  return {
    date: {
      edtf: input.edtf,
      ...(input.time !== undefined && { time: input.time }),
      ...(input.partOfDay !== undefined && { partOfDay: input.partOfDay }),
      shape: resolved.shape,
      approximate: resolved.approximate,
      uncertain: resolved.uncertain,
      ...(input.estimate && { estimate: input.estimate }),
      readings,
      basis: input.basis,
      rationale: input.rationale,
      citations: input.citations,
    },
    own: resolved.window,
    ...(estimate && { estimate }),
    boundSources: resolved.boundSources,
  };
}

function fail(field: DateField, reason: string): never {
  throw new DateResolutionError(field, reason);
}

/** A curated date's window alone; `prefix` names where it is (`date`, `date.readings[0]`). */
export function resolveWindow(
  input: Pick<EventDateInput, 'edtf' | 'shape' | 'time' | 'partOfDay'>,
  prefix: string,
): ResolvedWindow {
  let days: EdtfDays;
  try {
    days = readEdtf(input.edtf);
  } catch (error) {
    if (error instanceof EdtfError) fail(`${prefix}.edtf`, error.reason);
    throw error;
  }
  const shape = input.shape ?? (days.kind === 'interval' ? 'span' : 'instant');
  const dayCount = countDays(days);
  const time = readTime(input.time, days, dayCount, input.edtf, prefix);
  const partOfDay = readPartOfDay(input.partOfDay, dayCount, time, input.edtf, prefix);

  const edtfSource = `${prefix}.edtf "${input.edtf}"`;
  const narrowed = time
    ? `${prefix}.time "${input.time}"`
    : partOfDay
      ? `${prefix}.partOfDay "${partOfDay}"`
      : edtfSource;
  const boundSources: Record<WindowBound, string> = {
    'start.earliest': narrowed,
    'start.latest': narrowed,
    'end.earliest': narrowed,
    'end.latest': partOfDay ? `${prefix}.partOfDay "${partOfDay}"` : edtfSource,
  };

  const window = ownWindow(days, shape, time, partOfDay);
  return {
    shape,
    window,
    approximate: days.approximate,
    uncertain: days.uncertain,
    boundSources,
  };
}

/** From the first day to the last, both counted; Infinity for an open interval. */
function countDays(days: EdtfDays): number {
  const first = days.kind === 'days' ? days.days.first : (days.from?.first ?? -Infinity);
  const last = days.kind === 'days' ? days.days.last : (days.to?.last ?? Infinity);
  return (last - first) / MINUTES_PER_DAY + 1;
}

/** Minutes `[from, to)` of the part of day in a day, from its midnight. */
function hoursOf(partOfDay: PartOfDay | undefined): [number, number] {
  const [from, to] = partOfDay ? PART_OF_DAY_HOURS[partOfDay] : [0, 24];
  return [from * 60, to * 60];
}

function ownWindow(
  days: EdtfDays,
  shape: DateShape,
  time: number | undefined,
  partOfDay: PartOfDay | undefined,
): MinuteWindow {
  const [fromMinute, toMinute] = hoursOf(partOfDay);
  let start: { earliest: number; latest: number };
  let end: { earliest: number; latest: number };

  if (days.kind === 'days') {
    const { first, last } = days.days;
    if (time !== undefined) {
      // readTime allows a time only on a single day.
      start = { earliest: first + time, latest: first + time };
      end = { earliest: first + time, latest: first + toMinute };
    } else {
      start = { earliest: first + fromMinute, latest: last + toMinute - 1 };
      end = { earliest: first + fromMinute, latest: last + toMinute };
    }
  } else {
    const from = days.from ?? { first: -Infinity, last: Infinity };
    const to = days.to ?? { first: -Infinity, last: Infinity };
    if (partOfDay === 'night') {
      // readPartOfDay allows a part of day on an interval only for a night across two days.
      const nightStart = NIGHT_ACROSS_DAYS_HOURS.fromHour * 60;
      const nightEnd = NIGHT_ACROSS_DAYS_HOURS.toHour * 60;
      start = { earliest: from.first + nightStart, latest: from.last + MINUTES_PER_DAY - 1 };
      end = { earliest: to.first, latest: to.last + nightEnd };
      if (shape === 'instant') start = { earliest: start.earliest, latest: end.latest - 1 };
    } else {
      start = { earliest: from.first, latest: from.last + MINUTES_PER_DAY - 1 };
      end = { earliest: to.first, latest: to.last + MINUTES_PER_DAY };
      if (shape === 'instant') start = { earliest: start.earliest, latest: end.latest - 1 };
    }
  }

  if (shape === 'instant') return { start, end: start };
  // A span's end follows its start.
  return {
    start: { earliest: start.earliest, latest: Math.min(start.latest, end.latest) },
    end: { earliest: Math.max(end.earliest, start.earliest), latest: end.latest },
  };
}

/** The clock time in minutes after midnight. */
function readTime(
  time: string | undefined,
  days: EdtfDays,
  dayCount: number,
  edtf: string,
  prefix: string,
): number | undefined {
  if (time === undefined) return undefined;
  const match = typeof time === 'string' ? CLOCK_TIME.exec(time) : null;
  if (!match) {
    fail(
      `${prefix}.time`,
      `"${time}" is not a clock time; write HH:MM from 00:00 to 23:59, as in 22:40`,
    );
  }
  if (days.kind === 'interval' || dayCount > 1) {
    fail(
      `${prefix}.time`,
      `a clock time needs a single day, but ${prefix}.edtf "${edtf}" spans ${Number.isFinite(dayCount) ? `${dayCount} days` : 'an open stretch of days'}`,
    );
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

function readPartOfDay(
  partOfDay: PartOfDay | undefined,
  dayCount: number,
  time: number | undefined,
  edtf: string,
  prefix: string,
): PartOfDay | undefined {
  if (partOfDay === undefined) return undefined;
  const field = `${prefix}.partOfDay`;
  if (!Object.hasOwn(PART_OF_DAY_HOURS, partOfDay)) {
    fail(field, `"${partOfDay}" is not a part of day; use morning, afternoon, evening or night`);
  }
  if (dayCount > 1 && (partOfDay !== 'night' || dayCount > 2)) {
    const spans = Number.isFinite(dayCount) ? `${dayCount} days` : 'an open stretch of days';
    fail(
      field,
      `"${partOfDay}" needs a single day, but ${prefix}.edtf "${edtf}" spans ${spans}; ` +
        'only "night" takes two consecutive days (1917-11-07/1917-11-08 for the night of 7–8 November)',
    );
  }
  if (time !== undefined) {
    const [from, to] = PART_OF_DAY_HOURS[partOfDay];
    if (time < from * 60 || time >= to * 60) {
      const pad = (n: number) => String(n).padStart(2, '0');
      fail(
        field,
        `"${partOfDay}" runs from ${pad(from)}:00 to ${pad(to)}:00, but ${prefix}.time is ${pad(Math.floor(time / 60))}:${pad(time % 60)}`,
      );
    }
  }
  return partOfDay;
}

/**
 * The estimate's moments: its time, or its part of day, on the day its window starts.
 * It must lie inside the window (an instant's moment, a span's start).
 */
function resolveEstimate(estimate: DateEstimate, own: MinuteWindow): { from: number; to: number } {
  const { earliest, latest } = own.start;
  if (!Number.isFinite(earliest)) {
    fail('date.estimate', 'needs a window with a first day; give the first day in date.edtf');
  }
  const day = Math.floor(earliest / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  let from: number;
  let to: number;
  let field: string;
  if (estimate.time !== undefined) {
    const match = CLOCK_TIME.exec(estimate.time);
    if (!match) {
      fail(
        'date.estimate.time',
        `"${estimate.time}" is not a clock time; write HH:MM, as in 15:00`,
      );
    }
    from = to = day + Number(match[1]) * 60 + Number(match[2]);
    field = 'date.estimate.time';
  } else if (estimate.partOfDay !== undefined) {
    const [start, end] = hoursOf(estimate.partOfDay);
    from = day + start;
    to = day + end - 1;
    field = 'date.estimate.partOfDay';
  } else {
    return fail('date.estimate', 'give a time or a part of day');
  }
  if (to < earliest || from > latest) {
    fail(field, `lies outside the date's own window; an estimate narrows nothing, it falls inside`);
  }
  return { from, to };
}
