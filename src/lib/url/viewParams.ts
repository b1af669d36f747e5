/**
 * The explorer's state in the URL's query string, and back. Pure: no window, no
 * history. Garbage and unknown values are dropped, never thrown.
 *
 * `?event=gatchina-reached&from=1917-11-09T00:00&to=1917-11-10T00:00&view=list&cal=os`
 * `&person=krasnov&person=kerensky&place=gatchina&type=movement&q=echelons&source=raw`
 */
import type { EventType, EventsFile } from '../events/types';
import { isFloatingIso } from '../time/floating';

export type Calendar = 'gregorian' | 'julian';
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
}

/** The ids of events, people and places in an events file. */
export function knownIdsOf(file: Pick<EventsFile, 'events' | 'people' | 'places'>): KnownIds {
  return {
    events: new Set(file.events.map((e) => e.id)),
    people: new Set(file.people.map((p) => p.id)),
    places: new Set(file.places.map((p) => p.id)),
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
/** A search longer than this is not something a person typed. */
const MAX_QUERY = 200;

/** Whether `iso` is a real floating date-time to the minute (no 30 February, no 24:00). */
export function isFloatingMinute(iso: string): boolean {
  return MINUTE_PATTERN.test(iso) && isFloatingIso(iso);
}

function ids(params: URLSearchParams, key: string, known?: ReadonlySet<string>): string[] {
  const values = params.getAll(key).filter((v) => ID.test(v) && (!known || known.has(v)));
  return [...new Set(values)];
}

/** Reads a query string (with or without `?`) into a full view, ignoring what it cannot use. */
export function parseView(search: string | URLSearchParams, known?: KnownIds): UrlView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const event = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  const window =
    from && to && isFloatingMinute(from) && isFloatingMinute(to) && from < to ? { from, to } : null;
  const cal = params.get('cal');
  const source = params.get('source');
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  return {
    selected: event && ID.test(event) && (!known || known.events.has(event)) ? event : null,
    window,
    people: ids(params, 'person', known?.people),
    places: ids(params, 'place', known?.places),
    types: ids(params, 'type', EVENT_TYPES) as EventType[],
    query: query.trim() === '' ? '' : query,
    calendar: cal === 'os' || cal === 'julian' ? 'julian' : 'gregorian',
    sourceOpen: source === 'reading' || source === 'raw',
    sourceView: source === 'raw' ? 'raw' : 'reading',
    view: params.get('view') === 'list' ? 'list' : 'timeline',
  };
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
  if (view.query.trim() !== '') params.set('q', view.query);
  if (view.sourceOpen) params.set('source', view.sourceView);
  const text = params.toString();
  return text ? `?${text}` : '';
}
