/**
 * The timeline's index of an events file: per event only what the timeline draws and
 * names (id, title, lane, the date's EDTF, shape, windows, estimate and readings' windows),
 * with the lanes. A file of 10,000 events or more is mostly what the timeline never
 * reads (passages, summaries, citations, chains): fetched beside the full file, the
 * index lets the first drawing wait for a fraction of the bytes and of the parse
 * (figures in docs/benchmark.md), the full records coming after for the panels.
 */
import type { DateReading, DateWindow, EventDate, EventsFile, Lane, TimelineEvent } from './types';

/** An event as the timeline reads it; a full `TimelineEvent` is one. */
export interface TimelineMarkEvent extends Pick<TimelineEvent, 'id' | 'title' | 'lane'> {
  date: Pick<
    EventDate,
    'edtf' | 'shape' | 'approximate' | 'uncertain' | 'own' | 'window' | 'estimate'
  > & {
    readings: Pick<DateReading, 'window'>[];
  };
}

export const TIMELINE_INDEX_FORMAT = 'timeline-index';

export interface TimelineIndex {
  format: typeof TIMELINE_INDEX_FORMAT;
  formatVersion: 1;
  lanes: Lane[];
  /** In the file's time order. */
  events: TimelineMarkEvent[];
}

/**
 * One event as the index writes it: what most events share is left out (`own` when it
 * is the tightened window, no readings, neither flag) and filled in again by
 * `parseTimelineIndex`, which takes a third off the index of a large file.
 */
interface WrittenEvent extends Pick<TimelineEvent, 'id' | 'title' | 'lane'> {
  date: Pick<EventDate, 'edtf' | 'shape' | 'window' | 'estimate'> &
    Partial<Pick<EventDate, 'own' | 'approximate' | 'uncertain'>> & {
      readings?: Pick<DateReading, 'window'>[];
    };
}

const sameWindow = (a: DateWindow, b: DateWindow) =>
  a.start.earliest === b.start.earliest &&
  a.start.latest === b.start.latest &&
  a.end.earliest === b.end.earliest &&
  a.end.latest === b.end.latest;

/**
 * The index of `file` as it is written (`JSON.stringify` it): its lanes, and each
 * event cut to what the timeline reads, the shared defaults left out.
 */
export function buildTimelineIndex(file: Pick<EventsFile, 'lanes' | 'events'>): {
  format: typeof TIMELINE_INDEX_FORMAT;
  formatVersion: 1;
  lanes: Lane[];
  events: WrittenEvent[];
} {
  return {
    format: TIMELINE_INDEX_FORMAT,
    formatVersion: 1,
    lanes: file.lanes,
    events: file.events.map(({ id, title, lane, date }) => ({
      id,
      title,
      lane,
      date: {
        // The words of an open end read it (describeWindow).
        edtf: date.edtf,
        shape: date.shape,
        window: date.window,
        ...(sameWindow(date.own, date.window) ? {} : { own: date.own }),
        ...(date.estimate ? { estimate: date.estimate } : {}),
        ...(date.approximate ? { approximate: true } : {}),
        ...(date.uncertain ? { uncertain: true } : {}),
        ...(date.readings.length > 0
          ? { readings: date.readings.map((reading) => ({ window: reading.window })) }
          : {}),
      },
    })),
  };
}

/**
 * Reads an index's text, filling in what it leaves out. It is written by our own tools
 * beside the file it indexes, so only its envelope is checked; a wrong one throws,
 * saying what it found.
 */
export function parseTimelineIndex(text: string): TimelineIndex {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`the timeline index is not JSON: ${(error as Error).message}`);
  }
  const index = value as Partial<ReturnType<typeof buildTimelineIndex>> | null;
  if (index?.format !== TIMELINE_INDEX_FORMAT || index.formatVersion !== 1)
    throw new Error(
      `the timeline index should say format "${TIMELINE_INDEX_FORMAT}", formatVersion 1; it says ${JSON.stringify(index?.format)}, ${JSON.stringify(index?.formatVersion)}`,
    );
  if (!Array.isArray(index.events) || !Array.isArray(index.lanes))
    throw new Error('the timeline index has no "events" or no "lanes" array');
  // In place: no second object per event.
  for (const { date } of index.events) {
    date.own ??= date.window;
    date.approximate ??= false;
    date.uncertain ??= false;
    date.readings ??= [];
  }
  return index as TimelineIndex;
}
