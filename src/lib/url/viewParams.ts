/**
 * The explorer's state in the URL's query string, and back. Pure: no window, no
 * history. Garbage and unknown values are dropped, never thrown.
 *
 * `?event=gatchina-reached&from=1917-11-09T00:00&to=1917-11-10T00:00&view=list&cal=os`
 * `&person=krasnov&person=kerensky&place=gatchina&type=movement&basis=stated&q=echelons&source=raw`
 * `&page=stormy-passage-p377` (the page the reading pane was turned to)
 */
import type { Calendar } from '../calendar/julianDay';
import { BASIS_FILTERS, type BasisFilter } from '../events/filterEvents';
import type { EventType, EventsFile } from '../events/types';
import { isFloatingIso, toJulianIso } from '../time/floating';

export type { Calendar } from '../calendar/julianDay';
export type SourceView = 'reading' | 'raw';
export type ExplorerView = 'timeline' | 'list';

/** A visible window as floating ISO date-times (`1917-11-09T00:00`), `from` before `to`. */
export interface IsoWindow {
  from: string;
  to: string;
}

export interface UrlView {
  /** The selected event's id. */
  selected: string | null;
  /** The visible window, or null for "fit all". */
  window: IsoWindow | null;
  people: string[];
  places: string[];
  types: EventType[];
  /** How the dates shown must be known (`all` for every event). */
  basis: BasisFilter;
  /** The page the reading pane was turned to (a `SourcePage` id), or null for the selection's own. */
  page: string | null;
  query: string;
  /** The primary calendar: New Style (Gregorian) or Old Style (Julian). */
  calendar: Calendar;
  /** Whether the source panel is open. */
  sourceOpen: boolean;
  /** Which text the source panel shows. */
  sourceView: SourceView;
  view: ExplorerView;
}

export const DEFAULT_URL_VIEW: UrlView = {
  selected: null,
  window: null,
  people: [],
  places: [],
  types: [],
  basis: 'all',
  page: null,
  query: '',
  calendar: 'gregorian',
  sourceOpen: false,
  sourceView: 'reading',
  view: 'timeline',
};

/** Ids the data actually has; values not among them are dropped when given. */
export interface KnownIds {
  events: ReadonlySet<string>;
  people: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** The pages' ids; absent, any id is taken. */
  pages?: ReadonlySet<string>;
  /** From the first event's start to the last one's end; a window must show part of it. */
  span?: IsoWindow;
}

/** The ids of events, people and places in an events file. */
export function knownIdsOf(
  file: Pick<EventsFile, 'events' | 'people' | 'places'> & Partial<Pick<EventsFile, 'sources'>>,
): KnownIds {
  // Floating ISO strings of one format sort in time order as text.
  // Where the events may lie: from the earliest window's start to the latest one's end,
  // found in one pass (sorting the book's 3,003 starts and ends took 50–130 ms).
  let from: string | null = null;
  let to: string | null = null;
  for (const { date } of file.events) {
    const start = date.window.start.earliest;
    const end = date.window.end.latest;
    if (from === null || start < from) from = start;
    if (to === null || end > to) to = end;
  }
  return {
    events: new Set(file.events.map((e) => e.id)),
    people: new Set(file.people.map((p) => p.id)),
    places: new Set(file.places.map((p) => p.id)),
    ...(file.sources ? { pages: new Set(file.sources.map((p) => p.id)) } : {}),
    ...(from !== null && to !== null ? { span: { from, to } } : {}),
  };
}

const EVENT_TYPES: ReadonlySet<string> = new Set<EventType>([
  'political',
  'military',
  'communication',
  'decision',
  'movement',
  'personal',
]);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MINUTE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/**
 * The longest search a link keeps, in UTF-16 code units as an input's `maxlength`
 * counts them, so the search box can hold exactly what the link keeps. A search
 * longer than this is not something a person typed.
 */
export const MAX_QUERY = 200;

/** The first `MAX_QUERY` code units of a search, never half of a character. */
export function limitQuery(query: string): string {
  if (query.length <= MAX_QUERY) return query;
  // A surrogate pair (an emoji, a rare CJK character) cut in two would be no character.
  const end = /[\uD800-\uDBFF]/.test(query[MAX_QUERY - 1]!) ? MAX_QUERY - 1 : MAX_QUERY;
  return query.slice(0, end);
}

/** Whether `iso` is a real floating date-time to the minute (no 30 February, no 24:00). */
export function isFloatingMinute(iso: string): boolean {
  return MINUTE_PATTERN.test(iso) && isFloatingIso(iso);
}

/** The keys the app writes; any other is someone else's (or a mangled one of ours). */
const KEYS = [
  'event',
  'from',
  'to',
  'view',
  'cal',
  'person',
  'place',
  'type',
  'basis',
  'q',
  'source',
  'page',
];
/** Values the app reads silently even though it never writes them. */
const CALENDARS: Record<string, Calendar> = {
  os: 'julian',
  julian: 'julian',
  ns: 'gregorian',
  gregorian: 'gregorian',
};
/** `all` is the default and never written, but a hand-made link may say it. */
const BASIS_WORDS = Object.fromEntries(BASIS_FILTERS.map((basis) => [basis, basis])) as Record<
  string,
  BasisFilter
>;
const MAX_SHOWN = 40;

/** A value from the URL as a note shows it: quoted, and cut short when long. */
function shown(value: string): string {
  const chars = [...value];
  return `“${chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value}”`;
}

/** A view read from a URL, and what in the URL could not be used, in words. */
export interface ReadView {
  view: UrlView;
  /** One phrase per ignored part: `no event “nope”`, `the parameter “utm_source”`. */
  ignored: string[];
}

function ids(
  params: URLSearchParams,
  key: string,
  what: string,
  ignored: string[],
  known?: ReadonlySet<string>,
): string[] {
  const values: string[] = [];
  for (const value of params.getAll(key)) {
    if (ID.test(value) && (!known || known.has(value))) values.push(value);
    else if (value !== '') ignored.push(`no ${what} ${shown(value)}`);
  }
  return [...new Set(values)];
}

/** Whether both calendars the app writes dates in can hold this date (years 1582–2100). */
function calendarsHold(iso: string): boolean {
  try {
    toJulianIso(iso);
    return true;
  } catch {
    return false;
  }
}

function readWindow(
  params: URLSearchParams,
  ignored: string[],
  span?: IsoWindow,
): IsoWindow | null {
  const from = params.get('from');
  const to = params.get('to');
  if (!from && !to) return null;
  if (!from || !to) {
    ignored.push(
      `a window needs both “from” and “to”, and only “${from ? 'from' : 'to'}” was given`,
    );
    return null;
  }
  const bad = [from, to].filter((value) => !isFloatingMinute(value));
  if (bad.length > 0) {
    for (const value of bad)
      ignored.push(`${shown(value)} is not a date and time like 1917-11-08T06:00`);
    return null;
  }
  const outside = [from, to].filter((value) => !calendarsHold(value));
  if (outside.length > 0) {
    for (const value of outside)
      ignored.push(`${shown(value)} lies outside the years 1582–2100 the calendars cover`);
    return null;
  }
  if (from >= to) {
    ignored.push(`the window from ${from} to ${to} ends before it starts`);
    return null;
  }
  if (span && (to <= span.from || from >= span.to)) {
    ignored.push(
      `the window from ${from} to ${to} shows none of the events, which lie between ${span.from} and ${span.to}`,
    );
    return null;
  }
  return { from, to };
}

/** Reads one of a few words; anything else is noted and gives the default. */
function choice<T extends string>(
  params: URLSearchParams,
  key: string,
  what: string,
  words: Record<string, T>,
  fallback: T,
  ignored: string[],
): T {
  const value = params.get(key);
  if (value === null || value === '') return fallback;
  if (Object.hasOwn(words, value)) return words[value]!;
  ignored.push(`no ${what} ${shown(value)}`);
  return fallback;
}

/**
 * Reads a query string (with or without `?`) into a full view, ignoring what it
 * cannot use, and says what that was: unknown parameters and ids, windows that are
 * not windows, values that are not among the choices. Never throws.
 */
export function readView(search: string | URLSearchParams, known?: KnownIds): ReadView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const unknown = [...new Set([...params.keys()].filter((key) => !KEYS.includes(key)))];
  if (unknown.length > 0) {
    ignored.push(
      `${unknown.length === 1 ? 'the parameter' : 'the parameters'} ${unknown.map(shown).join(', ')}`,
    );
  }
  for (const key of ['event', 'from', 'to', 'view', 'cal', 'basis', 'q', 'source', 'page']) {
    if (params.getAll(key).length > 1) ignored.push(`all but the first “${key}”`);
  }
  const [selected = null] = ids(params, 'event', 'event', ignored, known?.events);
  const [page = null] = ids(params, 'page', 'page', ignored, known?.pages);
  const window = readWindow(params, ignored, known?.span);
  const rawQuery = params.get('q') ?? '';
  if (rawQuery.length > MAX_QUERY)
    ignored.push(`the search beyond its first ${MAX_QUERY} characters`);
  const query = limitQuery(rawQuery);
  const source = choice(
    params,
    'source',
    'source view',
    { reading: 'reading', raw: 'raw' } as Record<string, SourceView>,
    'reading',
    ignored,
  );
  const view: UrlView = {
    selected,
    window,
    people: ids(params, 'person', 'person', ignored, known?.people),
    places: ids(params, 'place', 'place', ignored, known?.places),
    types: ids(params, 'type', 'event type', ignored, EVENT_TYPES) as EventType[],
    basis: choice(params, 'basis', 'basis', BASIS_WORDS, 'all', ignored),
    page,
    query: query.trim() === '' ? '' : query,
    calendar: choice(params, 'cal', 'calendar', CALENDARS, 'gregorian', ignored),
    sourceOpen: params.get('source') === source,
    sourceView: source,
    view: choice(
      params,
      'view',
      'view',
      { list: 'list', timeline: 'timeline' } as Record<string, ExplorerView>,
      'timeline',
      ignored,
    ),
  };
  return { view, ignored };
}

/** Reads a query string (with or without `?`) into a full view, ignoring what it cannot use. */
export function parseView(search: string | URLSearchParams, known?: KnownIds): UrlView {
  return readView(search, known).view;
}

/**
 * Writes a view as a query string starting with `?`, or `''` for the default view.
 * Defaults are left out and keys come in a fixed order, so one view has one URL.
 */
export function serializeView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.selected) params.set('event', view.selected);
  if (view.window) {
    params.set('from', view.window.from);
    params.set('to', view.window.to);
  }
  if (view.view === 'list') params.set('view', 'list');
  if (view.calendar === 'julian') params.set('cal', 'os');
  for (const id of view.people) params.append('person', id);
  for (const id of view.places) params.append('place', id);
  for (const type of view.types) params.append('type', type);
  if (view.basis !== 'all') params.set('basis', view.basis);
  // Cut as reading cuts it, so a link never carries more than it gives back.
  if (view.query.trim() !== '') params.set('q', limitQuery(view.query));
  if (view.sourceOpen) params.set('source', view.sourceView);
  if (view.page) params.set('page', view.page);
  const text = params.toString();
  return text ? `?${text}` : '';
}
