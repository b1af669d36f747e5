/**
 * Sorts the events of an events.json into those the app can show and those it must
 * leave out, saying why for each one left out. The schema checks shapes; this checks
 * what the schema cannot: real dates the calendars both hold, windows whose bounds
 * are in order and whose tightened window lies within the own one,
 * passages that say what their offsets say, one event per id, and references to the
 * file's own lanes, sources, people, places and events.
 */
import { inlineText } from './bookPages';
import { readMinuteIso } from './eventSpan';
import { proseFields } from '../prose/proseFields';
import { markProblems } from '../prose/proseMarks';
import { parseFloating, toJulianIso } from '../time/floating';
import type { SchemaIssue } from './schemaIssues';
import { showValue } from './showValue';
import type { EventsFile, SourcePage, TimelineEvent } from './types';

/** An event the app cannot show as it is, or shows with something ignored. */
export interface EventProblem {
  /** The event's id when it has a usable one, else null. */
  id: string | null;
  /** Its place in the list of events in events.json, from 0. */
  index: number;
  /** Whether the event is left out (true) or shown with the named parts ignored. */
  leftOut: boolean;
  /** What is wrong, one line each, fields named by their path in the event: `date/window/start/earliest: …`. */
  reasons: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The event's id as shown in a notice, when it has a usable one. */
function idOf(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null;
  const id = (event as { id?: unknown }).id;
  return typeof id === 'string' && ID.test(id) ? id : null;
}

/** `/events/3/date/start` → `date/window/start/earliest: …`; the event itself → the message alone. */
function reasonOf(issue: SchemaIssue, prefix: string): string {
  const field = issue.path.slice(prefix.length).replace(/^\//, '');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * Whole years both calendars hold (the supported days run from Gregorian 1 January 1582
 * to 14 January 2101): a real date-time in them needs no further check.
 */
const SURELY_SUPPORTED = { from: Date.UTC(1583, 0, 1), to: Date.UTC(2100, 0, 1) };

type Point = 'start' | 'end';
type Edge = 'earliest' | 'latest';

/**
 * The bound `point`/`edge` of a window on the UTC axis, or null with a reason (named
 * `date/<label>/<point>/<edge>`, made only then: a file's events have eight bounds each).
 */
function checkDateTime(
  label: 'own' | 'window',
  point: Point,
  edge: Edge,
  iso: string,
  reasons: string[],
): number | null {
  // Most bounds are a plain `YYYY-MM-DDTHH:MM` of a real date, read at once; the rest
  // are read (and what is wrong with them said) by parseFloating and toJulianIso.
  const read = readMinuteIso(iso);
  if (read >= SURELY_SUPPORTED.from && read < SURELY_SUPPORTED.to) return read;
  try {
    const ms = parseFloating(iso);
    // The app writes every date in both calendars; a date they cannot both hold is no use.
    toJulianIso(iso);
    return ms;
  } catch (error) {
    const why =
      error instanceof Error
        ? error.message.replace(/^Not a floating date-time: "[^"]*": /, '')
        : '';
    reasons.push(
      `date/${label}/${point}/${edge}: ${showValue(iso)} is not a real date and time${why ? ` (${why})` : ''}`,
    );
    return null;
  }
}

const BOUNDS = [
  ['start', 'earliest'],
  ['start', 'latest'],
  ['end', 'earliest'],
  ['end', 'latest'],
] as const;

/** Reads a window's four bounds, or null (with a reason per bad one). */
function readWindow(
  label: 'own' | 'window',
  window: TimelineEvent['date']['window'],
  reasons: string[],
): Record<Point, Record<Edge, number>> | null {
  const { start, end } = window;
  const startEarliest = checkDateTime(label, 'start', 'earliest', start.earliest, reasons);
  const startLatest = checkDateTime(label, 'start', 'latest', start.latest, reasons);
  const endEarliest = checkDateTime(label, 'end', 'earliest', end.earliest, reasons);
  const endLatest = checkDateTime(label, 'end', 'latest', end.latest, reasons);
  if (startEarliest === null || startLatest === null || endEarliest === null || endLatest === null)
    return null;
  const ms = {
    start: { earliest: startEarliest, latest: startLatest },
    end: { earliest: endEarliest, latest: endLatest },
  };
  for (const point of ['start', 'end'] as const) {
    if (ms[point].latest < ms[point].earliest) {
      reasons.push(
        `date/${label}/${point}/latest: ${window[point].latest} is before date/${label}/${point}/earliest ${window[point].earliest}`,
      );
    }
  }
  if (ms.end.latest < ms.start.earliest) {
    reasons.push(
      `date/${label}/end/latest: ${window.end.latest} is before date/${label}/start/earliest ${window.start.earliest}`,
    );
  }
  return ms;
}

function checkDates(event: TimelineEvent, reasons: string[]): void {
  const { date } = event;
  const own = readWindow('own', date.own, reasons);
  const window = readWindow('window', date.window, reasons);
  if (own && window) {
    // The relations only narrow: a tightened bound outside the own window is a broken file.
    for (const [point, edge] of BOUNDS) {
      const value = window[point][edge];
      if (value < own[point].earliest || value > own[point].latest) {
        reasons.push(
          `date/window/${point}/${edge}: ${date.window[point][edge]} lies outside the own window's ${point} (${date.own[point].earliest} to ${date.own[point].latest})`,
        );
      }
    }
  }
  if (
    date.shape === 'instant' &&
    (date.window.end.earliest !== date.window.start.earliest ||
      date.window.end.latest !== date.window.start.latest)
  ) {
    reasons.push('date/window/end: an instant ends where it starts, but its end differs');
  }
}

function checkAnchor(event: TimelineEvent, page: SourcePage, reasons: string[]): void {
  const { position, raw, quote } = event.anchor;
  // A page whose text is apart is checked when its text comes (`readPageText`).
  const source = inlineText(page);
  if (!source) return;
  if (position.end < position.start || position.end > source.readingText.length) {
    reasons.push(
      `anchor/position: [${position.start}, ${position.end}) is not a passage of the reading text (${source.readingText.length} characters)`,
    );
  } else if (source.readingText.slice(position.start, position.end) !== quote.exact) {
    reasons.push(
      `anchor/quote/exact: the reading text at [${position.start}, ${position.end}) does not say ${showValue(quote.exact)}`,
    );
  }
  if (raw.end < raw.start || raw.end > source.rawText.length) {
    reasons.push(
      `anchor/raw: [${raw.start}, ${raw.end}) is not a passage of the raw text (${source.rawText.length} characters)`,
    );
  }
}

/** References the app can do without: an unknown person, place or related event is ignored. */
function unknownReferences(
  event: TimelineEvent,
  known: { people: Set<string>; places: Set<string>; events: Set<string> },
): string[] {
  const { people, places, events: ids } = known;
  return [
    ...event.people.flatMap((id, i) =>
      people.has(id) ? [] : [`people/${i}: no person has the id "${id}"; it is ignored`],
    ),
    ...event.places.flatMap((id, i) =>
      places.has(id) ? [] : [`places/${i}: no place has the id "${id}"; it is ignored`],
    ),
    ...event.relations.flatMap((relation, i) =>
      ids.has(relation.event)
        ? []
        : [`relations/${i}/event: no event has the id "${relation.event}"; it is ignored`],
    ),
  ];
}

/** Date marks in the event's prose that cannot be written: they are shown as they stand. */
function badMarks(event: TimelineEvent): string[] {
  return proseFields(event).flatMap(({ path, text }) =>
    markProblems(text).map((problem) => `${path}: ${problem}; it is shown as written`),
  );
}

/**
 * Splits the events of a file whose outline is valid into those to show and the
 * problems found. `issues` are the schema issues of the events (paths under
 * `/events/N`); an event with any is left out.
 */
export function screenEvents(
  file: EventsFile,
  issues: readonly SchemaIssue[],
): { events: TimelineEvent[]; problems: EventProblem[] } {
  const byIndex = new Map<number, SchemaIssue[]>();
  for (const issue of issues) {
    const index = Number(/^\/events\/(\d+)/.exec(issue.path)?.[1]);
    if (Number.isInteger(index)) byIndex.set(index, [...(byIndex.get(index) ?? []), issue]);
  }
  const lanes = new Set(file.lanes.map((l) => l.id));
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const firstIndex = new Map<string, number>();
  const problems: EventProblem[] = [];
  const kept: { event: TimelineEvent; index: number }[] = [];

  file.events.forEach((event, index) => {
    const schemaIssues = byIndex.get(index);
    if (schemaIssues) {
      const reasons = schemaIssues.map((issue) => reasonOf(issue, `/events/${index}`));
      problems.push({ id: idOf(event), index, leftOut: true, reasons });
      return;
    }
    const reasons: string[] = [];
    checkDates(event, reasons);
    if (!lanes.has(event.lane)) reasons.push(`lane: no lane has the id "${event.lane}"`);
    const source = sources.get(event.anchor.source);
    if (!source) reasons.push(`anchor/source: no source page has the id "${event.anchor.source}"`);
    else checkAnchor(event, source, reasons);
    // Of two events with one id, the first the app can show keeps it.
    const earlier = firstIndex.get(event.id);
    if (earlier !== undefined) {
      reasons.push(`id: "${event.id}" is already the id of event no. ${earlier + 1}`);
    }
    if (reasons.length > 0) {
      problems.push({ id: event.id, index, leftOut: true, reasons });
    } else {
      firstIndex.set(event.id, index);
      kept.push({ event, index });
    }
  });

  // A relation to an event that is left out is not worth a line of its own: that event has one.
  const known = {
    people: new Set(file.people.map((p) => p.id)),
    places: new Set(file.places.map((p) => p.id)),
    events: new Set(file.events.map(idOf).filter((id) => id !== null)),
  };
  for (const { event, index } of kept) {
    const reasons = [...unknownReferences(event, known), ...badMarks(event)];
    if (reasons.length > 0) problems.push({ id: event.id, index, leftOut: false, reasons });
  }
  problems.sort((a, b) => a.index - b.index);
  return { events: kept.map(({ event }) => event), problems };
}
